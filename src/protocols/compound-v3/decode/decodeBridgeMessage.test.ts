import { encodeAbiParameters, encodeFunctionData, parseAbi, parseAbiParameters, parseUnits, toFunctionSignature } from 'viem'
import { expect, test } from 'vitest'
import type { Action, Address, Hex } from '../../../model.ts'
import { decodeProposal } from '../../decodeProposal.ts'
import { cometConfiguratorAbi, cometProxyAdminAbi } from './abis.ts'
import { decodeBridgeMessage } from './decodeBridgeMessage.ts'

// No Compound cross-chain proposal calldata is published, so these messages are generated here with
// the real addresses of /work/shared/data/compound-v3/deployment-configs/polygon/usdc/roots.json and
// arbitrum/usdc/roots.json; the cap values are illustrative.
const FX_ROOT: Address = '0xfe5e5D361b2ad62c541bAb87C45a0B9B018389a2'
const ARBITRUM_INBOX: Address = '0x4Dbd4fc535Ac27206064B68FfCf827b0A60BAB3f'
const POLYGON = { comet: '0xF25212E676D1F7F89Cd72fFEe66158f541246445', configurator: '0x83E0F742cAcBE66349E3701B171eE2487a26e738', receiver: '0x18281dfC4d00905DA1aaA6731414EABa843c468A', WETH: '0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619' } as const
const ARBITRUM = { comet: '0x9c4ec768c28520B50860ea7a15bd7213a9fF58bf', configurator: '0xb21b06D71c75973babdE35b49fFDAc3F82Ad3775', receiver: '0x42480C37B249e33aABaf4c22B20235656bd38068', ARB: '0x912CE59144191C1204E64559FE8253a0e49E6548' } as const
// roots.json does not list the Polygon CometProxyAdmin: a placeholder address, decoded by selector as an unregistered target.
const L2_PROXY_ADMIN: Address = '0x5555555555555555555555555555555555555555'

const l1 = parseAbi([
  'function sendMessageToChild(address receiver, bytes data)',
  'function createRetryableTicket(address to, uint256 l2CallValue, uint256 maxSubmissionCost, address excessFeeRefundAddress, address callValueRefundAddress, uint256 gasLimit, uint256 maxFeePerGas, bytes data)',
])
const message = (calls: { target: Address; abi: readonly unknown[]; functionName: string; args: readonly unknown[] }[]) => {
  const signatures = calls.map((c) => toFunctionSignature((c.abi as never[]).find((i: { name: string }) => i.name === c.functionName) as never))
  const calldatas = calls.map((c) => `0x${encodeFunctionData({ abi: c.abi, functionName: c.functionName, args: c.args } as never).slice(10)}` as Hex)
  return encodeAbiParameters(parseAbiParameters('address[], uint256[], string[], bytes[]'), [calls.map((c) => c.target), calls.map(() => 0n), signatures, calldatas])
}
const polygonMessage = message([
  { target: POLYGON.configurator, abi: cometConfiguratorAbi, functionName: 'updateAssetSupplyCap', args: [POLYGON.comet, POLYGON.WETH, parseUnits('2000', 18)] },
  { target: L2_PROXY_ADMIN, abi: cometProxyAdminAbi, functionName: 'deployAndUpgradeTo', args: [POLYGON.configurator, POLYGON.comet] },
])
const action = (target: Address, calldata: Hex): Action => ({ target, value: '0', signature: '', calldata, withDelegateCall: false })

test('default', () => {
  const { changes, unknown } = decodeProposal({
    source: 'governor-bravo',
    chainId: 1,
    id: 'polygon',
    title: '',
    actions: [action(FX_ROOT, encodeFunctionData({ abi: l1, functionName: 'sendMessageToChild', args: [POLYGON.receiver, polygonMessage] }))],
  })
  expect(unknown).toEqual([])
  expect(changes).toEqual([
    expect.objectContaining({ protocol: 'compound-v3', chainId: 137, market: POLYGON.comet, asset: POLYGON.WETH, symbol: 'WETH', param: 'supplyCap', after: '2000', action: 0 }),
  ])
  expect(changes[0].note).toMatch(/^in the cross-chain message of action 0 to chain 137, its action 0: .*takes effect at action 1 \(CometProxyAdmin.deployAndUpgradeTo\)/)
})

test('behavior: an Arbitrum retryable ticket carries the message as its data', () => {
  const data = message([{ target: ARBITRUM.configurator, abi: cometConfiguratorAbi, functionName: 'updateAssetBorrowCollateralFactor', args: [ARBITRUM.comet, ARBITRUM.ARB, parseUnits('0.55', 18)] }])
  const ticket = encodeFunctionData({ abi: l1, functionName: 'createRetryableTicket', args: [ARBITRUM.receiver, 0n, 1n, ARBITRUM.receiver, ARBITRUM.receiver, 300_000n, 1n, data] })
  const { changes } = decodeProposal({ source: 'governor-bravo', chainId: 1, id: 'arbitrum', title: '', actions: [action(ARBITRUM_INBOX, ticket)] })
  expect(changes.map((c) => [c.chainId, c.symbol, c.param, c.after])).toEqual([[42161, 'ARB', 'collateralFactor', '0.55']])
  expect(changes[0].note).toMatch(/no deployAndUpgradeTo for this Comet follows in this proposal/)
})

test('errors: a message to an unknown receiver, or not in the receiver\'s format, stays a labelled cross-chain message', () => {
  const stranger: Address = '0x4444444444444444444444444444444444444444'
  expect(decodeBridgeMessage(encodeFunctionData({ abi: l1, functionName: 'sendMessageToChild', args: [stranger, polygonMessage] }), 137)).toEqual({
    ok: false,
    reason: `the message goes to ${stranger}, not a known Comet bridge receiver on chain 137`,
  })
  expect(decodeBridgeMessage(encodeFunctionData({ abi: l1, functionName: 'sendMessageToChild', args: [POLYGON.receiver, '0x1234'] }), 137)).toEqual({
    ok: false,
    reason: 'the message is not (address[], uint256[], string[], bytes[]) as BaseBridgeReceiver expects',
  })
  const { unknown } = decodeProposal({
    source: 'governor-bravo',
    chainId: 1,
    id: 'bad',
    title: '',
    actions: [action(FX_ROOT, encodeFunctionData({ abi: l1, functionName: 'sendMessageToChild', args: [stranger, polygonMessage] }))],
  })
  expect(unknown[0].reason).toBe(`cross-chain message to chain 137 via Polygon FxRoot: the message goes to ${stranger}, not a known Comet bridge receiver on chain 137; its changes need decoding or simulation on that chain`)
})

test('errors: an undecodable action inside a message is reported against the outer action', () => {
  const data = message([{ target: POLYGON.configurator, abi: parseAbi(['function setFactory(address cometProxy, address newFactory)']), functionName: 'setFactory', args: [POLYGON.comet, POLYGON.comet] }])
  const { unknown } = decodeProposal({
    source: 'governor-bravo',
    chainId: 1,
    id: 'inner unknown',
    title: '',
    actions: [action(FX_ROOT, encodeFunctionData({ abi: l1, functionName: 'sendMessageToChild', args: [POLYGON.receiver, data] }))],
  })
  expect(unknown).toHaveLength(1)
  expect(unknown[0]).toMatchObject({ action: 0, target: FX_ROOT, signature: 'setFactory(address,address)' })
  expect(unknown[0].reason).toMatch(/^in the cross-chain message of action 0, its action 0 on 0x83E0F742cAcBE66349E3701B171eE2487a26e738: unknown selector 0x[0-9a-f]{8} for Compound III Configurator/)
})

test('errors: an empty bridged message is still one labelled action', () => {
  const empty = encodeAbiParameters(parseAbiParameters('address[], uint256[], string[], bytes[]'), [[], [], [], []])
  const { changes, unknown } = decodeProposal({
    source: 'governor-bravo',
    chainId: 1,
    id: 'empty',
    title: '',
    actions: [action(FX_ROOT, encodeFunctionData({ abi: l1, functionName: 'sendMessageToChild', args: [POLYGON.receiver, empty] }))],
  })
  expect(changes).toEqual([])
  expect(unknown.map((u) => [u.action, u.reason])).toEqual([[0, 'cross-chain message to chain 137 via Polygon FxRoot: the message carries no actions; its changes need decoding or simulation on that chain']])
})
