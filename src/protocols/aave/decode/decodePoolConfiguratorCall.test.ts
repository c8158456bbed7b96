import { encodeFunctionData, parseAbi } from 'viem'
import { expect, test } from 'vitest'
import type { Action, Address, Hex } from '../../../model.ts'
import { decodeProposal } from '../../decodeProposal.ts'
import { aaveOracleAbi, aaveV3PoolConfiguratorAbi } from './abis.ts'

// Aave v3 risk setters: no Aave v3 proposal calls the configurator directly (all go through payloads),
// so these calls are generated here with encodeFunctionData; argument values are illustrative.

const CONFIGURATOR: Address = '0x64b761D848206f447Fe2dd461b0c635Ec39EbB27'
const ORACLE: Address = '0x54586bE62E3c3580375aE3723C145253060Ca0C2'
const POOL: Address = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2'
const CRV: Address = '0xD533a949740bb3306d119CC777fa900bA034cd52'
const FEED: Address = '0xCd627aA160A6fA45Eb793D19Ef54f5062F20f33f'

const action = (target: Address, abi: readonly unknown[], functionName: string, args: readonly unknown[]): Action => ({
  target,
  value: '0',
  signature: '',
  calldata: encodeFunctionData({ abi, functionName, args } as never) as Hex,
  withDelegateCall: false,
})
const v3 = (functionName: string, args: readonly unknown[]) => action(CONFIGURATOR, aaveV3PoolConfiguratorAbi, functionName, args)

test('default', () => {
  const { changes, unknown } = decodeProposal({
    source: 'aave-payloads-controller',
    chainId: 1,
    id: 'v3 setters',
    title: '',
    actions: [
      v3('configureReserveAsCollateral', [CRV, 3500n, 4100n, 10830n]),
      v3('setSupplyCap', [CRV, 62_500_000n]),
      v3('setBorrowCap', [CRV, 12_500_000n]),
      v3('setReserveFactor', [CRV, 3500n]),
      v3('setDebtCeiling', [CRV, 500_000_000n]),
      v3('setLiquidationProtocolFee', [CRV, 1000n]),
      v3('setReserveFreeze', [CRV, true]),
      v3('setReserveBorrowing', [CRV, false]),
      v3('setReserveActive', [CRV, true]),
      v3('setReservePause', [CRV, true]),
      v3('setReservePause', [CRV, false, 3600]),
      v3('setPoolPause', [true]),
      v3('setAssetEModeCategory', [CRV, 1]),
      action(ORACLE, aaveOracleAbi, 'setAssetSources', [[CRV], [FEED]]),
    ],
  })
  expect(unknown).toEqual([])
  expect(changes.every((c) => c.protocol === 'aave-v3' && c.market === POOL)).toBe(true)
  expect(changes.map((c) => [c.action, c.asset === null ? null : c.symbol, c.param, c.after])).toEqual([
    [0, 'CRV', 'collateralFactor', '0.35'],
    [0, 'CRV', 'liquidationThreshold', '0.41'],
    [0, 'CRV', 'liquidationBonus', '0.083'],
    [1, 'CRV', 'supplyCap', '62500000'],
    [2, 'CRV', 'borrowCap', '12500000'],
    [3, 'CRV', 'reserveFactor', '0.35'],
    [4, 'CRV', 'debtCeiling', '5000000'],
    [5, 'CRV', 'liquidationProtocolFee', '0.1'],
    [6, 'CRV', 'frozen', 'true'],
    [7, 'CRV', 'borrowingEnabled', 'false'],
    [8, 'CRV', 'active', 'true'],
    [9, 'CRV', 'paused', 'true'],
    [10, 'CRV', 'paused', 'false'],
    [11, null, 'paused', 'true'],
    [12, 'CRV', 'eModeCategory', '1'],
    [13, 'CRV', 'oracle', FEED],
  ])
})

test('behavior: eMode categories (v3.0 with oracle, v3.2 without) carry their category id', () => {
  const { changes } = decodeProposal({
    source: 'fixture',
    chainId: 1,
    id: 'emode',
    title: '',
    actions: [
      v3('setEModeCategory', [1, 9300, 9500, 10100, '0x0000000000000000000000000000000000000000', 'ETH correlated']),
      v3('setEModeCategory', [2, 9000, 9300, 10200, 'Stablecoins']),
      v3('setAssetCollateralInEMode', [CRV, 2, true]),
      v3('setAssetBorrowableInEMode', [CRV, 2, false]),
    ],
  })
  expect(changes.map((c) => [c.eModeCategory, c.asset === null ? null : c.symbol, c.param, c.after])).toEqual([
    [1, null, 'collateralFactor', '0.93'],
    [1, null, 'liquidationThreshold', '0.95'],
    [1, null, 'liquidationBonus', '0.01'],
    [1, null, 'oracle', '0x0000000000000000000000000000000000000000'],
    [2, null, 'collateralFactor', '0.9'],
    [2, null, 'liquidationThreshold', '0.93'],
    [2, null, 'liquidationBonus', '0.02'],
    [2, 'CRV', 'collateralEnabled', 'true'],
    [2, 'CRV', 'borrowingEnabled', 'false'],
  ])
  expect(changes[0].note).toContain('eMode category 1 ("ETH correlated")')
})

test('behavior: the v2 oracle serves both v2 pools, and its fallback oracle is said to be a fallback', () => {
  const v2Oracle: Address = '0xA50ba011c48153De246E5192C8f9258A2ba79Ca9'
  const { changes } = decodeProposal({
    source: 'fixture',
    chainId: 1,
    id: 'oracle',
    title: '',
    actions: [action(v2Oracle, aaveOracleAbi, 'setAssetSources', [[CRV], [FEED]]), action(v2Oracle, aaveOracleAbi, 'setFallbackOracle', [FEED])],
  })
  expect(changes.map((c) => [c.protocol, c.market, c.asset, c.after])).toEqual([
    ['aave-v2', '0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9', CRV, FEED],
    ['aave-v2', '0x7937D4799803FbBe595ed57278Bc4cA21f3bFfCB', CRV, FEED],
    ['aave-v2', '0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9', null, FEED],
    ['aave-v2', '0x7937D4799803FbBe595ed57278Bc4cA21f3bFfCB', null, FEED],
  ])
  expect(changes[2].note).toMatch(/^AaveOracle fallback oracle: consulted only when an asset source returns a price <= 0/)
})

test('behavior: a known selector on an unknown target decodes and says so', () => {
  const stranger: Address = '0x3333333333333333333333333333333333333333'
  const { changes, unknown } = decodeProposal({ source: 'fixture', chainId: 10, id: 'unknown target', title: '', actions: [action(stranger, aaveV3PoolConfiguratorAbi, 'setSupplyCap', [CRV, 5n])] })
  expect(unknown).toEqual([])
  expect(changes).toEqual([
    {
      protocol: 'aave-v3',
      chainId: 10,
      market: stranger,
      asset: CRV,
      param: 'supplyCap',
      after: '5',
      action: 0,
      note: `whole tokens; 0 = no cap; target ${stranger} is not in Firebreak's deployment registry; decoded as Aave v3 PoolConfigurator by its selector`,
    },
  ])
})

test('errors: inconsistent setAssetSources lengths, non-risk setters and delegatecalls', () => {
  const { changes, unknown } = decodeProposal({
    source: 'fixture',
    chainId: 1,
    id: 'errors',
    title: '',
    actions: [
      action(ORACLE, aaveOracleAbi, 'setAssetSources', [[CRV, CRV], [FEED]]),
      action(CONFIGURATOR, parseAbi(['function setReserveFlashLoaning(address asset, bool enabled)']), 'setReserveFlashLoaning', [CRV, false]),
      { ...v3('setSupplyCap', [CRV, 1n]), withDelegateCall: true },
      v3('setBorrowCap', [CRV, 7n]),
    ],
  })
  expect(unknown.map((u) => [u.action, u.reason])).toEqual([
    [0, 'setAssetSources(address[],address[]): 2 assets but 1 sources; AaveOracle reverts on inconsistent lengths'],
    [1, 'setReserveFlashLoaning(address,bool): Aave flash-loan flag: not modelled'],
    [2, `payload: setSupplyCap(address,uint256) by delegatecall on ${CONFIGURATOR}: the payload's code runs as the executor, so its changes are visible only by simulation (needs simulation)`],
  ])
  expect(changes.map((c) => [c.action, c.param, c.after])).toEqual([[3, 'borrowCap', '7']])
})

test('behavior: the same configurator address on another chain is that chain\'s market', () => {
  const l2Configurator: Address = '0x8145eddDf43f50276641b55bd3AD95944510021E'
  const decodeOn = (chainId: number) =>
    decodeProposal({ source: 'fixture', chainId, id: 'l2', title: '', actions: [action(l2Configurator, aaveV3PoolConfiguratorAbi, 'setBorrowCap', [CRV, 640_437n])] }).changes[0]
  expect(decodeOn(137)).toMatchObject({ chainId: 137, market: '0x794a61358D6845594F94dc1DB02A252b5b4814aD', after: '640437' })
  expect(decodeOn(137).note).toBe('whole tokens; 0 = no cap')
  // Optimism comes from the Aave registry (src/protocols/aave/aaveDeployments.ts); Fantom is in no registry.
  expect(decodeOn(10)).toMatchObject({ chainId: 10, market: '0x794a61358D6845594F94dc1DB02A252b5b4814aD', note: 'whole tokens; 0 = no cap' })
  expect(decodeOn(250).note).toMatch(/is not in Firebreak's deployment registry/)
})
