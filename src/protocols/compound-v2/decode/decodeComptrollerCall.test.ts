import Decimal from 'decimal.js'
import { type Abi, encodeFunctionData, parseUnits, toFunctionSignature } from 'viem'
import { describe, expect, test } from 'vitest'
import seatbelt from '../../../../fixtures/proposals/compound/seatbelt-reports.json'
import type { Action, Address, Hex, ParameterChange } from '../../../model.ts'
import { decodeProposal } from '../../decodeProposal.ts'
import { tokens } from '../../deployments.ts'
import { cTokenAbi, comptrollerAbi } from './abis.ts'

// Compound GovernorBravo calldata is not published (CALLDATA_STATUS in the data files), so each
// action documented by a seatbelt report is ABI-encoded here ("encoded from the seatbelt report")
// and decoded back; expected values are read from the report text independently of the decoder.

const COMPTROLLER: Address = '0x3d9819210A31b4961b30EF54bE2aeD79B9c9Cd3B'
const cTokenBySymbol = (symbol: string) => {
  const token = tokens.find((t) => t.symbol === symbol && t.comptroller)
  if (!token) throw new Error(`cToken ${symbol} missing from the registry`)
  return token
}
const percent = (text: string) => new Decimal(text).div(100).toString()
const whole = (text: string) => text.replaceAll(',', '')

type Encoded = { target: Address; abi: Abi; functionName: string; args: readonly unknown[]; expected: Partial<ParameterChange>[] }

/** The report's sentence → the Comptroller/cToken call it describes, or null when it names no encodable Comptroller call. */
function fromSeatbeltText(text: string): Encoded | null {
  let match = text.match(/Set (c\w+) collateral factor from [\d.]+% to ([\d.]+)%/)
  if (match) {
    const cToken = cTokenBySymbol(match[1])
    return {
      target: COMPTROLLER,
      abi: comptrollerAbi,
      functionName: '_setCollateralFactor',
      args: [cToken.address, parseUnits(match[2], 16)],
      expected: [{ asset: cToken.address, symbol: match[1], param: 'collateralFactor', after: percent(match[2]) }],
    }
  }
  const caps = [...text.matchAll(/Set MarketBorrowCaps of (c\w+) (?:via Comptroller )?from [\d,]+ to ([\d,]+)/g)]
  if (caps.length > 0) {
    const cTokens = caps.map((cap) => cTokenBySymbol(cap[1]))
    return {
      target: COMPTROLLER,
      abi: comptrollerAbi,
      functionName: '_setMarketBorrowCaps',
      args: [cTokens.map((t) => t.address), caps.map((cap, i) => parseUnits(whole(cap[2]), cTokens[i].underlyingDecimals ?? 0))],
      expected: caps.map((cap, i) => ({ asset: cTokens[i].address, symbol: cap[1], param: 'borrowCap', after: whole(cap[2]) })),
    }
  }
  match = text.match(/Set new price oracle to (0x[0-9a-fA-F]{40})/)
  if (match) {
    return { target: COMPTROLLER, abi: comptrollerAbi, functionName: '_setPriceOracle', args: [match[1]], expected: [{ asset: null, param: 'oracle', after: match[1] }] }
  }
  match = text.match(/Set reserve factor for (c\w+) to ([\d.]+)%/)
  if (match) {
    const cToken = cTokenBySymbol(match[1])
    return {
      target: cToken.address,
      abi: cTokenAbi,
      functionName: '_setReserveFactor',
      args: [parseUnits(match[2], 16)],
      expected: [{ asset: cToken.address, param: 'reserveFactor', after: percent(match[2]) }],
    }
  }
  return null
}

const comptrollerProposals = seatbelt.proposals
  .map((p) => ({ ...p, encoded: p.decodedActions.map((a) => fromSeatbeltText(a.seatbeltText)).filter((e): e is Encoded => e !== null) }))
  .filter((p) => p.encoded.length > 0)

describe('behavior: Compound v2 proposals encoded from the seatbelt report decode back, in both styles', () => {
  for (const proposal of comptrollerProposals) {
    test(`proposal ${proposal.proposalId} (${proposal.report.path})`, () => {
      const full: Action[] = proposal.encoded.map((e) => ({
        target: e.target,
        value: '0',
        signature: '',
        calldata: encodeFunctionData({ abi: e.abi, functionName: e.functionName, args: e.args } as never) as Hex,
        withDelegateCall: false,
      }))
      const signatureStyle: Action[] = full.map((action, i) => {
        const item = proposal.encoded[i].abi.find((x) => x.type === 'function' && x.name === proposal.encoded[i].functionName)
        return { ...action, signature: toFunctionSignature(item as never), calldata: `0x${action.calldata.slice(10)}` }
      })
      for (const actions of [full, signatureStyle]) {
        const { changes, unknown } = decodeProposal({ source: 'governor-bravo', chainId: 1, id: String(proposal.proposalId), title: proposal.title, actions })
        expect(unknown).toEqual([])
        const expected = proposal.encoded.flatMap((e, action) => e.expected.map((x) => ({ ...x, action, protocol: 'compound-v2', market: COMPTROLLER })))
        expect(changes).toEqual(expected.map((x) => expect.objectContaining(x)))
      }
    })
  }

  test('behavior: every Comptroller change the reports document is encoded and checked above', () => {
    const documented = seatbelt.proposals.flatMap((p) =>
      p.expectedChanges
        .filter((c) => ['collateralFactor', 'borrowCap', 'priceOracle'].includes(c.param))
        .map((c) => ({
          symbol: c.asset.startsWith('c') ? c.asset : undefined,
          param: c.param === 'priceOracle' ? 'oracle' : c.param,
          after: c.param === 'collateralFactor' ? percent(c.after.replace('%', '')) : c.param === 'borrowCap' ? whole(c.after) : c.after,
        })),
    )
    const encoded = comptrollerProposals.flatMap((p) => p.encoded.flatMap((e) => e.expected))
    expect(documented.length).toBeGreaterThan(50)
    for (const change of documented) {
      expect(encoded, JSON.stringify(change)).toContainEqual(expect.objectContaining(change.symbol ? change : { param: change.param, after: change.after }))
    }
  })
})

test('behavior: liquidation incentive, close factor and guardians', () => {
  const cMKR = cTokenBySymbol('cMKR').address
  const calls: [string, readonly unknown[]][] = [
    ['_setLiquidationIncentive', [1_080_000_000_000_000_000n]],
    ['_setCloseFactor', [500_000_000_000_000_000n]],
    ['_setMintPaused', [cMKR, true]],
    ['_setBorrowPaused', [cMKR, true]],
    ['_setTransferPaused', [false]],
    ['_setSeizePaused', [true]],
    ['_supportMarket', [cMKR]],
    ['_setMarketSupplyCaps', [[cMKR], [2_500_500_000_000_000_000_000n]]],
  ]
  const actions: Action[] = calls.map(([functionName, args]) => ({
    target: COMPTROLLER,
    value: '0',
    signature: '',
    calldata: encodeFunctionData({ abi: comptrollerAbi, functionName, args } as never) as Hex,
    withDelegateCall: false,
  }))
  const { changes, unknown } = decodeProposal({ source: 'fixture', chainId: 1, id: 'guardians', title: '', actions })
  expect(unknown).toEqual([])
  expect(changes.map((c) => [c.asset, c.param, c.after])).toEqual([
    [null, 'liquidationBonus', '0.08'],
    [null, 'closeFactor', '0.5'],
    [cMKR, 'supplyPaused', 'true'],
    [cMKR, 'borrowingEnabled', 'false'],
    [null, 'transferPaused', 'false'],
    [null, 'seizePaused', 'true'],
    [cMKR, 'listed', 'true'],
    [cMKR, 'supplyCap', '2500.5'],
  ])
})

test('errors: caps for an unknown cToken or with mismatched lengths', () => {
  const stranger: Address = '0x1111111111111111111111111111111111111111'
  const encode = (args: readonly unknown[]) => encodeFunctionData({ abi: comptrollerAbi, functionName: '_setMarketBorrowCaps', args } as never) as Hex
  const actions: Action[] = [
    { target: COMPTROLLER, value: '0', signature: '', calldata: encode([[stranger], [1n]]), withDelegateCall: false },
    { target: COMPTROLLER, value: '0', signature: '', calldata: encode([[stranger, stranger], [1n]]), withDelegateCall: false },
  ]
  const { unknown } = decodeProposal({ source: 'fixture', chainId: 1, id: 'caps', title: '', actions })
  expect(unknown.map((u) => u.reason)).toEqual([
    `_setMarketBorrowCaps(address[],uint256[]): cToken ${stranger} is not in the registry, so its underlying decimals (the unit of the cap 1) are unknown`,
    '_setMarketBorrowCaps(address[],uint256[]): 2 cTokens and 1 caps; the Comptroller reverts with "invalid input"',
  ])
})

test('behavior: cToken admin calls (reserve factor, a fork\'s protocol seize share)', () => {
  const cUSDC = cTokenBySymbol('cUSDC').address
  const actions: Action[] = [
    // GovernorBravo signature style: the arguments only.
    { target: cUSDC, value: '0', signature: '_setReserveFactor(uint256)', calldata: `0x${encodeFunctionData({ abi: cTokenAbi, functionName: '_setReserveFactor', args: [parseUnits('0.25', 18)] }).slice(10)}`, withDelegateCall: false },
    { target: cUSDC, value: '0', signature: '', calldata: encodeFunctionData({ abi: cTokenAbi, functionName: '_setProtocolSeizeShare', args: [parseUnits('0.028', 18)] }), withDelegateCall: false },
  ]
  const { changes, unknown } = decodeProposal({ source: 'fixture', chainId: 1, id: 'ctoken', title: '', actions })
  expect(unknown).toEqual([])
  expect(changes.map((c) => [c.market, c.symbol, c.param, c.after])).toEqual([
    [COMPTROLLER, 'cUSDC', 'reserveFactor', '0.25'],
    [COMPTROLLER, 'cUSDC', 'liquidationProtocolFee', '0.028'],
  ])
})
