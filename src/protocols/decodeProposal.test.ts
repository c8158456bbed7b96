import { encodeFunctionData, formatUnits, parseAbi, toFunctionSignature } from 'viem'
import { describe, expect, test } from 'vitest'
import aaveV2Gov from '../../fixtures/proposals/aave-v2-gov/proposals.json'
import type { Action, ParameterName, Proposal } from '../model.ts'
import { decodeProposal } from './decodeProposal.ts'

const proposalOf = (id: string, actions: Action[], chainId = 1): Proposal => ({ source: 'fixture', chainId, id, title: id, actions })
const aaveProposal = (id: number) => {
  const found = aaveV2Gov.proposals.find((p) => p.proposalId === id)
  if (!found) throw new Error(`no fixture for Aave proposal ${id}`)
  return proposalOf(String(id), found.actions as Action[])
}

// seatbelt-for-ghosts names → model names, and its bps → the model's fractions.
const PARAM: Record<string, ParameterName> = {
  ltv: 'collateralFactor',
  liquidationThreshold: 'liquidationThreshold',
  liquidationBonus: 'liquidationBonus',
  frozen: 'frozen',
  borrowingEnabled: 'borrowingEnabled',
}
const expectedAfter = (param: string, after: string) =>
  param === 'liquidationBonus' ? formatUnits(BigInt(after) - 10_000n, 4) : param === 'ltv' || param === 'liquidationThreshold' ? formatUnits(BigInt(after), 4) : after

test('default', () => {
  // Proposal 83 (June 2022 stETH stress): disable WETH borrowing, freeze stETH, stETH LT 81 % → 90 %.
  const { changes, unknown } = decodeProposal(aaveProposal(83))
  expect(unknown).toEqual([])
  expect(changes).toMatchInlineSnapshot(`
    [
      {
        "action": 0,
        "after": "false",
        "asset": "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2",
        "chainId": 1,
        "market": "0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9",
        "param": "borrowingEnabled",
        "protocol": "aave-v2",
        "symbol": "WETH",
      },
      {
        "action": 1,
        "after": "true",
        "asset": "0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84",
        "chainId": 1,
        "market": "0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9",
        "param": "frozen",
        "protocol": "aave-v2",
        "symbol": "stETH",
      },
      {
        "action": 2,
        "after": "0.69",
        "asset": "0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84",
        "chainId": 1,
        "market": "0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9",
        "note": "set together by configureReserveAsCollateral (may equal the current value); Aave LTV",
        "param": "collateralFactor",
        "protocol": "aave-v2",
        "symbol": "stETH",
      },
      {
        "action": 2,
        "after": "0.9",
        "asset": "0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84",
        "chainId": 1,
        "market": "0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9",
        "note": "set together by configureReserveAsCollateral (may equal the current value)",
        "param": "liquidationThreshold",
        "protocol": "aave-v2",
        "symbol": "stETH",
      },
      {
        "action": 2,
        "after": "0.075",
        "asset": "0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84",
        "chainId": 1,
        "market": "0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9",
        "note": "set together by configureReserveAsCollateral (may equal the current value); excess over 100 % (raw 10750 bps)",
        "param": "liquidationBonus",
        "protocol": "aave-v2",
        "symbol": "stETH",
      },
    ]
  `)
})

describe('behavior: Aave governance v2 proposals decode to the seatbelt-simulated after values', () => {
  for (const fixture of aaveV2Gov.proposals) {
    test(`proposal ${fixture.proposalId}: ${fixture.description}`, () => {
      const { changes, unknown } = decodeProposal(aaveProposal(fixture.proposalId))
      expect(unknown).toEqual([])
      for (const expected of fixture.expectedChanges) {
        const matches = changes.filter(
          (change) =>
            change.asset?.toLowerCase() === expected.asset.toLowerCase() &&
            change.market.toLowerCase() === expected.pool.toLowerCase() &&
            change.param === PARAM[expected.param],
        )
        expect(matches, `${expected.symbol} ${expected.param}`).toHaveLength(1)
        expect(matches[0].after).toBe(expectedAfter(expected.param, expected.after))
        expect(matches[0].protocol).toBe('aave-v2')
      }
      // Every call is accounted for: 3 changes per configureReserveAsCollateral, 1 per flag setter.
      const perAction = fixture.actions.map((action) => (action.calldata.startsWith('0x7c4e560b') ? 3 : 1))
      expect(changes).toHaveLength(perAction.reduce((a, b) => a + b, 0))
    })
  }
})

test('behavior: GovernorBravo signature style and full-calldata style decode alike', () => {
  const full = aaveProposal(74)
  const signatureStyle = proposalOf(
    'signature-style 74',
    full.actions.map((action) => ({
      ...action,
      signature: 'configureReserveAsCollateral(address,uint256,uint256,uint256)',
      calldata: `0x${action.calldata.slice(10)}`,
    })),
  )
  expect(decodeProposal(signatureStyle)).toEqual(decodeProposal(full))
})

test('behavior: real signature-style calls (Aave proposal 239, AMM pool freezes)', () => {
  // /work/shared/data/proposals/aave-v2-gov-payloads/aave-v2gov-proposal-239.json: freezeReserve(address) with argument-only calldata;
  // seatbelt expectedChanges: WBTC, DAI, USDC, WETH, USDT frozen → true on the AMM pool.
  const actions: Action[] = [
    '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2',
    '0x6b175474e89094c44da98b954eedeac495271d0f',
    '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
    '0xdac17f958d2ee523a2206206994597c13d831ec7',
    '0x2260fac5e5542a773aa44fbcfedf7c193bc2c599',
  ].map((asset) => ({
    target: '0x23a875ede3f1030138701683e42e9b16a7f87768',
    value: '0',
    signature: 'freezeReserve(address)',
    calldata: `0x000000000000000000000000${asset.slice(2)}`,
    withDelegateCall: false,
  }))
  const { changes, unknown } = decodeProposal(proposalOf('239', actions))
  expect(unknown).toEqual([])
  expect(changes.map((c) => [c.symbol, c.param, c.after, c.market])).toEqual(
    ['WETH', 'DAI', 'USDC', 'USDT', 'WBTC'].map((symbol) => [symbol, 'frozen', 'true', '0x7937D4799803FbBe595ed57278Bc4cA21f3bFfCB']),
  )
})

describe('errors', () => {
  const good = aaveProposal(117).actions[0] // freezeReserve(REN)
  const decodeWith = (bad: Action) => decodeProposal(proposalOf('errors', [bad, good]))

  test('errors: wrong calldata length is refused and the rest still decodes', () => {
    const { changes, unknown } = decodeWith({ ...good, calldata: `${good.calldata}00` })
    expect(unknown).toEqual([
      {
        action: 0,
        target: good.target,
        selector: '0x7aca76eb',
        signature: 'freezeReserve(address)',
        reason: 'freezeReserve(address): calldata is 37 bytes but the ABI encoding of its arguments is 36 bytes',
      },
    ])
    expect(changes.map((c) => [c.action, c.symbol, c.param, c.after])).toEqual([[1, 'REN', 'frozen', 'true']])
  })

  test('errors: truncated arguments', () => {
    const { unknown, changes } = decodeWith({ ...good, calldata: good.calldata.slice(0, 40) as Action['calldata'] })
    expect(unknown[0].reason).toMatch(/^freezeReserve\(address\): arguments do not decode \(19 bytes of calldata\)/)
    expect(changes).toHaveLength(1)
  })

  test('errors: dirty address padding is not read loosely', () => {
    const dirty = `0x7aca76eb${'ff'.repeat(12)}${good.calldata.slice(34)}` as Action['calldata']
    const { unknown } = decodeWith({ ...good, calldata: dirty })
    expect(unknown[0].reason).toMatch(/not the canonical ABI encoding|do not decode/)
  })

  test('errors: unknown selector', () => {
    const { unknown, changes } = decodeWith({ ...good, calldata: '0xdeadbeef' })
    expect(unknown).toEqual([
      { action: 0, target: good.target, selector: '0xdeadbeef', reason: `unknown selector 0xdeadbeef for Aave v2 LendingPoolConfigurator ${good.target}` },
    ])
    expect(changes).toHaveLength(1)
  })

  test('errors: non-hex calldata', () => {
    const { unknown, changes } = decodeWith({ ...good, calldata: '0x7aca76ebzz' as Action['calldata'] })
    expect(unknown).toEqual([{ action: 0, target: good.target, selector: null, reason: 'calldata is not 0x-prefixed hex: "0x7aca76ebzz"' }])
    expect(changes).toHaveLength(1)
  })

  test('errors: odd number of hex digits', () => {
    const { unknown } = decodeWith({ ...good, calldata: '0x7aca76eb0' })
    expect(unknown[0].reason).toBe('calldata has an odd number of hex digits (9): not whole bytes')
  })

  test('errors: empty proposal', () => {
    expect(decodeProposal(proposalOf('empty', []))).toEqual({
      changes: [],
      unknown: [{ action: -1, target: '0x0000000000000000000000000000000000000000', selector: null, reason: 'proposal has no actions: nothing to decode, so nothing can be simulated' }],
    })
  })

  test('errors: malformed signature (as truncated in a real data file)', () => {
    // aave-v2gov-proposal-256.json stores the signature cut at the first comma.
    const { unknown, changes } = decodeWith({ ...good, signature: 'configureReserveAsCollateral(address', calldata: `0x${good.calldata.slice(10)}` })
    expect(unknown[0]).toEqual({
      action: 0,
      target: good.target,
      selector: null,
      signature: 'configureReserveAsCollateral(address',
      reason: 'signature "configureReserveAsCollateral(address" is not a function signature name(types): cannot compute the selector',
    })
    expect(changes).toHaveLength(1)
  })

  test('errors: empty calldata without signature', () => {
    const { unknown } = decodeWith({ ...good, calldata: '0x' })
    expect(unknown[0].reason).toBe('empty calldata and no signature: a plain value transfer or fallback call, no function to decode')
  })

  test('errors: a selector of another protocol sent to a known contract', () => {
    const data = encodeFunctionData({ abi: parseAbi(['function _setCloseFactor(uint256)']), args: [500000000000000000n] })
    const { unknown } = decodeWith({ ...good, calldata: data })
    expect(unknown[0].reason).toBe('_setCloseFactor(uint256) belongs to Compound v2 Comptroller, but the target is Aave v2 Ethereum LendingPoolConfigurator: not decoded')
  })

  test('errors: a v3-only setter sent to the v2 configurator is not decoded as v2', () => {
    const abi = parseAbi(['function setSupplyCap(address asset, uint256 newSupplyCap)'])
    const { unknown } = decodeWith({ ...good, calldata: encodeFunctionData({ abi, args: ['0xD533a949740bb3306d119CC777fa900bA034cd52', 1000n] }) })
    expect(unknown[0].reason).toBe(`${toFunctionSignature(abi[0])} belongs to Aave v3 PoolConfigurator, but the target is Aave v2 Ethereum LendingPoolConfigurator: not decoded`)
  })

  test('errors: a Configurator selector sent to the Comet proxy itself is not decoded', () => {
    const abi = parseAbi(['function updateAssetSupplyCap(address cometProxy, address asset, uint128 newSupplyCap)'])
    const comet = '0xc3d688B66703497DAA19211EEdff47f25384cdc3'
    const calldata = encodeFunctionData({ abi, args: [comet, '0xc00e94Cb662C3520282E6f5717214004A7f26888', 1n] })
    const { unknown } = decodeProposal(proposalOf('comet proxy', [{ ...good, target: comet, calldata }]))
    expect(unknown[0].reason).toBe('updateAssetSupplyCap(address,address,uint128) belongs to Compound III Configurator, but the target is cUSDCv3: not decoded')
  })

  test('errors: an action without a target costs that action only', () => {
    const { changes, unknown } = decodeWith({ ...good, target: undefined as unknown as Action['target'] })
    expect(unknown[0].reason).toMatch(/^decoder error: /)
    expect(changes.map((c) => c.action)).toEqual([1])
  })

  test('errors: a proposal that is not even an object list still returns a labelled result', () => {
    const broken = { ...proposalOf('broken', []), actions: null } as unknown as Proposal
    expect(decodeProposal(broken).unknown[0].action).toBe(-1)
  })
})
