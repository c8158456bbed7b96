import { readFileSync } from 'node:fs'
import { type Address, parseUnits } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { aaveArtifact } from './aaveArtifacts.ts'
import { compile, type CompiledContract } from './compile.ts'
import { hardhatKeys, installMulticall3, type LocalClients } from './localClients.ts'

// Contracts with Compound's view functions and events, not Compound's bytecode: see contracts/CompoundLike.sol.
let compiled: Record<string, CompiledContract> | undefined
const contracts = () =>
  (compiled ??= compile({ 'CompoundLike.sol': readFileSync(new URL('./contracts/CompoundLike.sol', import.meta.url), 'utf8') }))

const tokenArtifact = aaveArtifact('mocks/tokens/MintableERC20.sol/MintableERC20')
const account = (index: number) => privateKeyToAccount(hardhatKeys[index]).address

export type ComptrollerLikeDeployment = {
  comptroller: Address
  oracle: Address
  markets: Record<string, { cToken: Address; underlying: Address; decimals: number }>
  borrowers: { account: Address; supplied: Record<string, string>; borrowed: Record<string, string> }[]
}

/** A Comptroller-like market with cUSDC, cWETH and cWBTC, a lender and three borrowers. */
export async function deployComptrollerLike(local: LocalClients): Promise<ComptrollerLikeDeployment> {
  const { deploy, write } = local
  const { ComptrollerLike, ComptrollerLikeOracle, CTokenLike } = contracts()
  await installMulticall3(local)
  const oracle = await deploy(ComptrollerLikeOracle)
  // closeFactor 0.5 and liquidationIncentive 1.08: Compound v2's values on Ethereum.
  const comptroller = await deploy(ComptrollerLike, [oracle, parseUnits('0.5', 18), parseUnits('1.08', 18)])
  const setups = [
    { symbol: 'USDC', decimals: 6, price: '1', collateralFactor: '0.855', borrowCap: 0n, reserves: '1000' },
    { symbol: 'WETH', decimals: 18, price: '2000', collateralFactor: '0.825', borrowCap: parseUnits('50000', 18), reserves: '12' },
    { symbol: 'WBTC', decimals: 8, price: '30000', collateralFactor: '0.7', borrowCap: parseUnits('2000', 8), reserves: '0' },
  ]
  const markets: ComptrollerLikeDeployment['markets'] = {}
  for (const setup of setups) {
    const underlying = await deploy(tokenArtifact, [`Test ${setup.symbol}`, setup.symbol, setup.decimals])
    // Initial exchange rate 0.02 underlying per cToken, scaled by 1e(18 + underlying decimals − 8) as CToken does.
    const exchangeRate = parseUnits('0.02', 18 + setup.decimals - 8)
    const cToken = await deploy(CTokenLike, [underlying, comptroller, `c${setup.symbol}`, exchangeRate, parseUnits('0.15', 18), parseUnits(setup.reserves, setup.decimals)])
    await write(0, comptroller, ComptrollerLike.abi, 'supportMarket', [cToken, parseUnits(setup.collateralFactor, 18), setup.borrowCap])
    // Compound's oracle reports USD × 1e(36 − underlying decimals).
    await write(0, oracle, ComptrollerLikeOracle.abi, 'setUnderlyingPrice', [cToken, parseUnits(setup.price, 36 - setup.decimals)])
    markets[setup.symbol] = { cToken, underlying, decimals: setup.decimals }
  }
  await write(0, comptroller, ComptrollerLike.abi, 'setBorrowPaused', [markets.WBTC.cToken, true])
  const plan: { from: number; supplied: Record<string, string>; borrowed: Record<string, string> }[] = [
    { from: 4, supplied: { USDC: '1000000' }, borrowed: {} },
    { from: 1, supplied: { WETH: '100' }, borrowed: { USDC: '100000' } },
    { from: 2, supplied: { WBTC: '5' }, borrowed: { USDC: '50000', WETH: '10' } },
    { from: 3, supplied: { USDC: '500000' }, borrowed: { WBTC: '1' } },
  ]
  const borrowers: ComptrollerLikeDeployment['borrowers'] = []
  for (const entry of plan) {
    for (const [symbol, amount] of Object.entries(entry.supplied))
      await write(0, markets[symbol].cToken, CTokenLike.abi, 'mintFor', [account(entry.from), parseUnits(amount, markets[symbol].decimals)])
    for (const [symbol, amount] of Object.entries(entry.borrowed))
      await write(0, markets[symbol].cToken, CTokenLike.abi, 'borrowFor', [account(entry.from), parseUnits(amount, markets[symbol].decimals)])
    if (Object.keys(entry.borrowed).length > 0) borrowers.push({ account: account(entry.from), supplied: entry.supplied, borrowed: entry.borrowed })
  }
  return { comptroller, oracle, markets, borrowers }
}

export type CometLikeDeployment = {
  comet: Address
  base: Address
  baseFeed: Address
  collateral: Record<string, { asset: Address; feed: Address }>
  borrowers: Address[]
}

/** A Comet-like USDC market with WETH and WBTC collateral (parameters of the order of cUSDCv3) and two borrowers. */
export async function deployCometLike(local: LocalClients): Promise<CometLikeDeployment> {
  const { deploy, write } = local
  const { CometLike, TestPriceFeed } = contracts()
  await installMulticall3(local)
  const base = await deploy(tokenArtifact, ['Test USDC', 'USDC', 6])
  const baseFeed = await deploy(TestPriceFeed, [100_000_000n, 'USDC / USD'])
  const comet = await deploy(CometLike, [base, baseFeed, parseUnits('10000000', 6), parseUnits('500000', 6)])
  const collateral: CometLikeDeployment['collateral'] = {}
  const setups = [
    { symbol: 'WETH', decimals: 18, price: 2000_00000000n, borrowCF: '0.825', liquidateCF: '0.895', liquidationFactor: '0.95', supplyCap: '500000' },
    { symbol: 'WBTC', decimals: 8, price: 30000_00000000n, borrowCF: '0.7', liquidateCF: '0.77', liquidationFactor: '0.95', supplyCap: '18000' },
  ]
  for (const setup of setups) {
    const asset = await deploy(tokenArtifact, [`Test ${setup.symbol}`, setup.symbol, setup.decimals])
    const feed = await deploy(TestPriceFeed, [setup.price, `${setup.symbol} / USD`])
    await write(0, comet, CometLike.abi, 'addAsset', [
      asset, feed, parseUnits(setup.borrowCF, 18), parseUnits(setup.liquidateCF, 18), parseUnits(setup.liquidationFactor, 18), parseUnits(setup.supplyCap, setup.decimals),
    ])
    collateral[setup.symbol] = { asset, feed }
  }
  await write(0, comet, CometLike.abi, 'supplyCollateralFor', [account(1), collateral.WETH.asset, parseUnits('50', 18)])
  await write(0, comet, CometLike.abi, 'borrowFor', [account(1), parseUnits('60000', 6)])
  await write(0, comet, CometLike.abi, 'supplyCollateralFor', [account(2), collateral.WBTC.asset, parseUnits('2', 8)])
  await write(0, comet, CometLike.abi, 'borrowFor', [account(2), parseUnits('30000', 6)])
  return { comet, base, baseFeed, collateral, borrowers: [account(1), account(2)] }
}
