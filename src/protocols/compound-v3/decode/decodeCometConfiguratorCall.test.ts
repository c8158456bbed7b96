import Decimal from 'decimal.js'
import { encodeFunctionData, erc20Abi, parseUnits, toFunctionSelector, toFunctionSignature } from 'viem'
import { describe, expect, test } from 'vitest'
import migrations from '../../../../fixtures/proposals/compound-v3/migrations.json'
import seatbelt from '../../../../fixtures/proposals/compound/seatbelt-reports.json'
import type { Action, Address, Hex, ParameterChange } from '../../../model.ts'
import { decodeProposal } from '../../decodeProposal.ts'
import { deployments, tokens } from '../../deployments.ts'
import { cometConfiguratorAbi, cometProxyAdminAbi } from './abis.ts'

const CONFIGURATOR: Address = '0x316f9708bB98af7dA9c68C1C3b5e79039cD336E3'
const PROXY_ADMIN: Address = '0x1EC63B5883C3481134FD50D5DAebc83Ecd2E8779'
const COMET: Record<string, Address> = Object.fromEntries(
  deployments.filter((d) => d.kind === 'comet').map((d) => [d.name.replace(/^c|v3$/g, '').toLowerCase(), d.address]),
)
// Constants some migration scripts use instead of `comet.address`.
const CONSTANTS: Record<string, Address> = Object.fromEntries(Object.entries(COMET).map(([market, address]) => [`${market.toUpperCase()}_COMET`, address]))

const token = (symbol: string) => tokens.find((t) => t.chainId === 1 && t.symbol === symbol && !t.comptroller)
const call = (target: Address, abi: typeof cometConfiguratorAbi | typeof cometProxyAdminAbi | typeof erc20Abi, functionName: string, args: readonly unknown[]): Action => ({
  target,
  value: '0',
  signature: '',
  calldata: encodeFunctionData({ abi, functionName, args } as never) as Hex,
  withDelegateCall: false,
})
const deploy = (comet: Address) => call(PROXY_ADMIN, cometProxyAdminAbi, 'deployAndUpgradeTo', [CONFIGURATOR, comet])
const decode = (actions: Action[]) => decodeProposal({ source: 'governor-bravo', chainId: 1, id: 'comet', title: 'comet', actions })
const summary = (changes: ParameterChange[]) => changes.map((c) => [c.market, c.symbol, c.param, c.after, c.action])

test('default', () => {
  // Proposal 140 (seatbelt report): COMP liquidation factor 88 %, UNI supply cap 2,300,000, then deployAndUpgradeTo.
  const { changes, unknown } = decode([
    call(CONFIGURATOR, cometConfiguratorAbi, 'updateAssetLiquidationFactor', [COMET.usdc, token('COMP')!.address, parseUnits('0.88', 18)]),
    call(CONFIGURATOR, cometConfiguratorAbi, 'updateAssetSupplyCap', [COMET.usdc, token('UNI')!.address, parseUnits('2300000', 18)]),
    deploy(COMET.usdc),
  ])
  expect(unknown).toEqual([])
  expect(changes).toEqual([
    {
      protocol: 'compound-v3',
      chainId: 1,
      market: COMET.usdc,
      asset: token('COMP')!.address,
      symbol: 'COMP',
      param: 'liquidationBonus',
      after: '0.12',
      action: 0,
      note:
        'Comet liquidationFactor f: absorb credits the borrower f × collateral value, so 1 − f is the penalty; it goes to protocol reserves (not to a liquidator), ' +
        'and buyCollateral then sells at a discount of storeFrontPriceFactor × (1 − f); f = 0.88; pending in the Configurator until CometProxyAdmin.deployAndUpgradeTo deploys it; ' +
        'takes effect at action 2 (CometProxyAdmin.deployAndUpgradeTo), which also activates any other configuration already pending for this Comet',
    },
    expect.objectContaining({ symbol: 'UNI', param: 'supplyCap', after: '2300000', action: 1 }),
  ])
})

describe('behavior: mainnet migration scripts, encoded from the migration script', () => {
  // argsText like "[comet.address, WETH.address, exp(150_000, 18)]" — only literal ones are encodable.
  const ARGS = /^\[(comet\.address|[A-Z]+_COMET), (\w+?)(?:\.address)?, (?:exp\(([\d_.]+), (\d+)\)|(0))\]/
  const encodable = migrations.migrations
    .filter((m) => COMET[m.market])
    .map((m) => ({
      migration: m,
      calls: m.directActions.map((a) => {
        const match = a.argsText.match(ARGS)
        const asset = match && token(match[2])
        if (!match || !asset || !a.signature.startsWith('update')) return null
        const comet = match[1] === 'comet.address' ? COMET[m.market] : CONSTANTS[match[1]]
        if (!comet) return null
        const amount = match[5] ? 0n : parseUnits(match[3].replaceAll('_', ''), Number(match[4]))
        const functionName = a.signature.slice(0, a.signature.indexOf('('))
        return { comet, asset, functionName, amount, text: match[5] ?? match[3].replaceAll('_', '') }
      }),
    }))
    .filter((m) => m.calls.length > 0 && m.calls.every((c) => c !== null))

  test('there are migrations to encode', () => expect(encodable.length).toBeGreaterThanOrEqual(8))
  for (const { migration, calls } of encodable) {
    test(`${migration.path} @${migration.commit.slice(0, 8)}`, () => {
      const actions = [...calls.map((c) => call(CONFIGURATOR, cometConfiguratorAbi, c!.functionName, [c!.comet, c!.asset.address, c!.amount])), deploy(calls[0]!.comet)]
      const { changes, unknown } = decode(actions)
      expect(unknown).toEqual([])
      expect(summary(changes)).toEqual(
        calls.map((c, i) =>
          c!.functionName === 'updateAssetSupplyCap'
            ? [c!.comet, c!.asset.symbol, 'supplyCap', c!.text, i]
            : [c!.comet, c!.asset.symbol, 'liquidationBonus', new Decimal(1).minus(c!.text).toString(), i],
        ),
      )
      for (const change of changes) expect(change.note).toContain(`takes effect at action ${calls.length}`)
    })
  }
})

describe('behavior: Comet proposals encoded from the seatbelt report', () => {
  const cometProposals = seatbelt.proposals.filter((p) => p.decodedActions.some((a) => a.seatbeltText.includes('via Configurator')))
  for (const proposal of cometProposals) {
    test(`proposal ${proposal.proposalId} (${proposal.report.path})`, () => {
      const expected: [Address, string, string, string, number][] = []
      const unknownAt: number[] = []
      const actions = proposal.decodedActions.map((a, index): Action => {
        const text = a.seatbeltText
        const market = / on (USDC|WETH) via Configurator/.exec(text)?.[1].toLowerCase() ?? ''
        let m = text.match(/Set supply cap for (\w+) on (?:USDC|WETH) via Configurator from [\d,]+ to ([\d,]+)/)
        if (m) {
          const after = m[2].replaceAll(',', '')
          expected.push([COMET[market], m[1], 'supplyCap', after, index])
          return call(CONFIGURATOR, cometConfiguratorAbi, 'updateAssetSupplyCap', [COMET[market], token(m[1])!.address, parseUnits(after, token(m[1])!.decimals!)])
        }
        m = text.match(/Set liquidation factor for (\w+) on (?:USDC|WETH) via Configurator from [\d.]+% to ([\d.]+)%/)
        if (m) {
          expected.push([COMET[market], m[1], 'liquidationBonus', new Decimal(100).minus(m[2]).div(100).toString(), index])
          return call(CONFIGURATOR, cometConfiguratorAbi, 'updateAssetLiquidationFactor', [COMET[market], token(m[1])!.address, parseUnits(m[2], 16)])
        }
        m = text.match(/Deploy and upgrade new implementation for (USDC|WETH)/)
        if (m) return deploy(COMET[m[1].toLowerCase()])
        m = text.match(/Transfer ([\d,]+) USDC to (0x[0-9a-fA-F]{40})/)
        if (m) {
          unknownAt.push(index)
          return call(token('USDC')!.address, erc20Abi, 'transfer', [m[2], parseUnits(m[1].replaceAll(',', ''), 6)])
        }
        throw new Error(`unparsed seatbelt action: ${text}`)
      })
      const { changes, unknown } = decode(actions)
      expect(summary(changes)).toEqual(expected)
      expect(unknown.map((u) => [u.action, u.reason])).toEqual(unknownAt.map((i) => [i, 'transfer(address,uint256): token transfer: treasury movement, not a risk parameter']))
      for (const change of changes) expect(change.note).toMatch(/takes effect at action \d+ \(CometProxyAdmin.deployAndUpgradeTo\)/)
    })
  }
})

test('behavior: addAsset, updateAsset, price feeds and setConfiguration from the mainnet cUSDCv3 deployment config', () => {
  // /work/shared/data/compound-v3/deployment-configs/mainnet/usdc/configuration.json: COMP priceFeed, borrowCF 0.65, liquidateCF 0.7, liquidationFactor 0.93.
  const comp = {
    asset: token('COMP')!.address,
    priceFeed: '0xdbd020CAeF83eFd542f4De03e3cF0C28A4428bd5' as Address,
    decimals: 18,
    borrowCollateralFactor: parseUnits('0.65', 18),
    liquidateCollateralFactor: parseUnits('0.7', 18),
    liquidationFactor: parseUnits('0.93', 18),
    supplyCap: parseUnits('900000', 18),
  }
  const baseFeed: Address = '0x8fFfFfd4AfB6115b954Bd326cbe7B4BA576818f6'
  const configuration = {
    governor: '0x6d903f6003cca6255D85CcA4D3B5E5146dC33925',
    pauseGuardian: '0xbbf3f1421D886E9b2c5D716B5192aC998af2012c',
    baseToken: token('USDC')!.address,
    baseTokenPriceFeed: baseFeed,
    extensionDelegate: '0x0000000000000000000000000000000000000000',
    supplyKink: 0n, supplyPerYearInterestRateSlopeLow: 0n, supplyPerYearInterestRateSlopeHigh: 0n, supplyPerYearInterestRateBase: 0n,
    borrowKink: 0n, borrowPerYearInterestRateSlopeLow: 0n, borrowPerYearInterestRateSlopeHigh: 0n, borrowPerYearInterestRateBase: 0n,
    storeFrontPriceFactor: parseUnits('0.5', 18), trackingIndexScale: 10n ** 15n, baseTrackingSupplySpeed: 0n, baseTrackingBorrowSpeed: 0n,
    baseMinForRewards: 0n, baseBorrowMin: parseUnits('100', 6), targetReserves: parseUnits('5000000', 6),
    assetConfigs: [comp],
  }
  const { changes, unknown } = decode([
    call(CONFIGURATOR, cometConfiguratorAbi, 'addAsset', [COMET.usdc, comp]),
    call(CONFIGURATOR, cometConfiguratorAbi, 'updateAssetPriceFeed', [COMET.usdc, comp.asset, comp.priceFeed]),
    call(CONFIGURATOR, cometConfiguratorAbi, 'updateAssetBorrowCollateralFactor', [COMET.usdc, comp.asset, comp.borrowCollateralFactor]),
    call(CONFIGURATOR, cometConfiguratorAbi, 'updateAssetLiquidateCollateralFactor', [COMET.usdc, comp.asset, comp.liquidateCollateralFactor]),
    call(CONFIGURATOR, cometConfiguratorAbi, 'setBaseTokenPriceFeed', [COMET.usdc, baseFeed]),
    call(CONFIGURATOR, cometConfiguratorAbi, 'setConfiguration', [COMET.usdc, configuration]),
    deploy(COMET.usdc),
  ])
  expect(unknown).toEqual([])
  const assetSix = (action: number) => [
    [COMET.usdc, 'COMP', 'oracle', comp.priceFeed, action],
    [COMET.usdc, 'COMP', 'collateralFactor', '0.65', action],
    [COMET.usdc, 'COMP', 'liquidationThreshold', '0.7', action],
    [COMET.usdc, 'COMP', 'liquidationBonus', '0.07', action],
    [COMET.usdc, 'COMP', 'supplyCap', '900000', action],
  ]
  expect(summary(changes)).toEqual([
    [COMET.usdc, 'COMP', 'listed', 'true', 0],
    ...assetSix(0),
    [COMET.usdc, 'COMP', 'oracle', comp.priceFeed, 1],
    [COMET.usdc, 'COMP', 'collateralFactor', '0.65', 2],
    [COMET.usdc, 'COMP', 'liquidationThreshold', '0.7', 3],
    [COMET.usdc, 'USDC', 'oracle', baseFeed, 4],
    [COMET.usdc, 'USDC', 'oracle', baseFeed, 5],
    ...assetSix(5),
  ])
})

describe('errors', () => {
  test('errors: deployAndUpgradeTo with no Configurator change before it needs Configurator state', () => {
    const { changes, unknown } = decode([deploy(COMET.weth)])
    expect(changes).toEqual([])
    expect(unknown).toEqual([
      {
        action: 0,
        target: PROXY_ADMIN,
        selector: toFunctionSelector('deployAndUpgradeTo(address,address)'),
        signature: 'deployAndUpgradeTo(address,address)',
        reason: `deployAndUpgradeTo makes the Configurator's pending configuration for Comet ${COMET.weth} effective, but no Configurator change for it comes earlier in this proposal: what it activates needs the Configurator's state`,
      },
    ])
  })

  test('errors: a Configurator change with no deployAndUpgradeTo after it does not take effect here', () => {
    const { changes } = decode([call(CONFIGURATOR, cometConfiguratorAbi, 'updateAssetSupplyCap', [COMET.weth, token('cbETH')!.address, parseUnits('20000', 18)])])
    expect(changes[0].note).toMatch(/no deployAndUpgradeTo for this Comet follows in this proposal, so it does not take effect here$/)
  })

  test('errors: supply cap for an asset whose decimals are unknown', () => {
    const stranger: Address = '0x2222222222222222222222222222222222222222'
    const { unknown } = decode([call(CONFIGURATOR, cometConfiguratorAbi, 'updateAssetSupplyCap', [COMET.usdc, stranger, 1n])])
    expect(unknown[0].reason).toBe(`updateAssetSupplyCap(address,address,uint128): decimals of asset ${stranger} are not in the registry, so the cap 1 (base units) cannot be written in whole tokens`)
  })

  test('errors: cross-chain Compound proposals are labelled with the destination chain', () => {
    const fxRoot = deployments.find((d) => d.name === 'Polygon FxRoot')!
    const sendMessageToChild = { target: fxRoot.address, value: '0', signature: 'sendMessageToChild(address,bytes)', calldata: '0x' as Hex, withDelegateCall: false }
    const { unknown } = decode([sendMessageToChild])
    expect(unknown[0].reason).toMatch(
      /^cross-chain message to chain 137 via Polygon FxRoot: sendMessageToChild\(address,bytes\): arguments do not decode .*; its changes need decoding or simulation on that chain$/,
    )
    expect(toFunctionSignature(cometProxyAdminAbi[0])).toBe('deployAndUpgradeTo(address,address)')
  })
})
