import { type Address, getAddress, parseUnits, zeroAddress } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { aaveArtifact, linkBytecode } from './aaveArtifacts.ts'
import { compile } from './compile.ts'
import { hardhatKeys, installMulticall3, type LocalClients } from './localClients.ts'

export type AaveReserveSetup = {
  symbol: string
  decimals: number
  /** USD price with 8 decimals, as Chainlink USD feeds report it. */
  priceUsd8: bigint
  ltvBps: bigint
  liquidationThresholdBps: bigint
  liquidationBonusBps: bigint
  supplyCap: bigint
  borrowCap: bigint
}

export type AaveV3Deployment = {
  addressesProvider: Address
  pool: Address
  configurator: Address
  oracle: Address
  aclManager: Address
  treasury: Address
  /** A contract holding the pool-admin role that delegatecalls payloads, as Aave's governance executors do. */
  executor: Address
  reserves: Record<string, { asset: Address; aggregator: Address; setup: AaveReserveSetup }>
  /** Accounts that borrowed, with what they supplied and borrowed (token units). */
  borrowers: { account: Address; supplied: Record<string, bigint>; borrowed: Record<string, bigint> }[]
}

/** A small, plausible market: three reserves with parameters of the order Aave v3 Ethereum uses. */
export const defaultReserves: AaveReserveSetup[] = [
  { symbol: 'WETH', decimals: 18, priceUsd8: 2000_00000000n, ltvBps: 8000n, liquidationThresholdBps: 8250n, liquidationBonusBps: 10500n, supplyCap: 1_000_000n, borrowCap: 800_000n },
  { symbol: 'USDC', decimals: 6, priceUsd8: 1_00000000n, ltvBps: 7700n, liquidationThresholdBps: 8000n, liquidationBonusBps: 10450n, supplyCap: 2_000_000_000n, borrowCap: 1_500_000_000n },
  { symbol: 'WBTC', decimals: 8, priceUsd8: 30000_00000000n, ltvBps: 7000n, liquidationThresholdBps: 7500n, liquidationBonusBps: 10650n, supplyCap: 40_000n, borrowCap: 10_000n },
]

const executorSource = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
/// The shape of Aave's governance executors: an owner makes it delegatecall a payload.
contract Executor {
  address public immutable owner;
  constructor() { owner = msg.sender; }
  function executeTransaction(address target, bytes calldata data) external returns (bytes memory) {
    require(msg.sender == owner, 'only owner');
    (bool ok, bytes memory result) = target.delegatecall(data);
    if (!ok) assembly { revert(add(result, 32), mload(result)) }
    return result;
  }
}`

/**
 * Deploys Aave v3 (the `@aave/core-v3` npm artifacts: Pool with its logic libraries linked,
 * PoolConfigurator, AaveOracle, ACLManager, aTokens and debt tokens) with MintableERC20 reserves priced by
 * MockAggregator feeds, an executor holding the pool-admin role, Multicall3, and a few borrowers.
 */
export async function deployAaveV3(local: LocalClients, reserves: AaveReserveSetup[] = defaultReserves): Promise<AaveV3Deployment> {
  const { client, deploy, write } = local
  const admin = privateKeyToAccount(hardhatKeys[0]).address
  const treasury = privateKeyToAccount(hardhatKeys[5]).address
  await installMulticall3(local)

  const providerArtifact = aaveArtifact('protocol/configuration/PoolAddressesProvider.sol/PoolAddressesProvider')
  const addressesProvider = await deploy(providerArtifact, ['Firebreak test market', admin])
  const p = providerArtifact.abi
  await write(0, addressesProvider, p, 'setACLAdmin', [admin])
  const aclArtifact = aaveArtifact('protocol/configuration/ACLManager.sol/ACLManager')
  const aclManager = await deploy(aclArtifact, [addressesProvider])
  await write(0, addressesProvider, p, 'setACLManager', [aclManager])
  await write(0, aclManager, aclArtifact.abi, 'addPoolAdmin', [admin])

  const logic = (name: string) => aaveArtifact(`protocol/libraries/logic/${name}.sol/${name}`)
  const libraries: Record<string, Address> = {}
  for (const name of ['SupplyLogic', 'BorrowLogic', 'LiquidationLogic', 'EModeLogic', 'BridgeLogic', 'PoolLogic', 'ConfiguratorLogic'])
    libraries[name] = await deploy(logic(name))
  const flashLoanLogic = logic('FlashLoanLogic')
  libraries.FlashLoanLogic = await deploy({ abi: flashLoanLogic.abi, bytecode: linkBytecode(flashLoanLogic, libraries) })

  const poolArtifact = aaveArtifact('protocol/pool/Pool.sol/Pool')
  const poolImpl = await deploy({ abi: poolArtifact.abi, bytecode: linkBytecode(poolArtifact, libraries) }, [addressesProvider])
  await write(0, addressesProvider, p, 'setPoolImpl', [poolImpl])
  const configuratorArtifact = aaveArtifact('protocol/pool/PoolConfigurator.sol/PoolConfigurator')
  const configuratorImpl = await deploy({ abi: configuratorArtifact.abi, bytecode: linkBytecode(configuratorArtifact, libraries) })
  await write(0, addressesProvider, p, 'setPoolConfiguratorImpl', [configuratorImpl])
  const pool = (await client.readContract({ address: addressesProvider, abi: p, functionName: 'getPool' })) as Address
  const configurator = (await client.readContract({ address: addressesProvider, abi: p, functionName: 'getPoolConfigurator' })) as Address

  const tokenArtifact = aaveArtifact('mocks/tokens/MintableERC20.sol/MintableERC20')
  const aggregatorArtifact = aaveArtifact('mocks/oracle/CLAggregators/MockAggregator.sol/MockAggregator')
  const deployed: AaveV3Deployment['reserves'] = {}
  for (const setup of reserves) {
    const asset = await deploy(tokenArtifact, [`Test ${setup.symbol}`, setup.symbol, setup.decimals])
    const aggregator = await deploy(aggregatorArtifact, [setup.priceUsd8])
    deployed[setup.symbol] = { asset, aggregator, setup }
  }
  const assets = Object.values(deployed).map((reserve) => reserve.asset)
  const oracleArtifact = aaveArtifact('misc/AaveOracle.sol/AaveOracle')
  const oracle = await deploy(oracleArtifact, [addressesProvider, assets, Object.values(deployed).map((r) => r.aggregator), zeroAddress, zeroAddress, 10n ** 8n])
  await write(0, addressesProvider, p, 'setPriceOracle', [oracle])
  const dataProvider = await deploy(aaveArtifact('misc/AaveProtocolDataProvider.sol/AaveProtocolDataProvider'), [addressesProvider])
  await write(0, addressesProvider, p, 'setPoolDataProvider', [dataProvider])

  const aTokenImpl = await deploy(aaveArtifact('protocol/tokenization/AToken.sol/AToken'), [pool])
  const stableDebtImpl = await deploy(aaveArtifact('protocol/tokenization/StableDebtToken.sol/StableDebtToken'), [pool])
  const variableDebtImpl = await deploy(aaveArtifact('protocol/tokenization/VariableDebtToken.sol/VariableDebtToken'), [pool])
  const ray = 10n ** 27n
  // DefaultReserveInterestRateStrategy(provider, optimalUsage, base, slope1, slope2, stableSlope1, stableSlope2, stableOffset, excessOffset, optimalStableRatio)
  const strategy = await deploy(aaveArtifact('protocol/pool/DefaultReserveInterestRateStrategy.sol/DefaultReserveInterestRateStrategy'), [
    addressesProvider, (ray * 80n) / 100n, 0n, (ray * 4n) / 100n, (ray * 75n) / 100n, (ray * 2n) / 100n, (ray * 75n) / 100n, (ray * 2n) / 100n, (ray * 5n) / 100n, (ray * 20n) / 100n,
  ])
  const c = configuratorArtifact.abi
  // One reserve per transaction: hardhat caps a transaction's gas at 2^24 (EIP-7825).
  for (const setup of reserves)
    await write(0, configurator, c, 'initReserves', [
    [setup].map((setup) => ({
      aTokenImpl, stableDebtTokenImpl: stableDebtImpl, variableDebtTokenImpl: variableDebtImpl, underlyingAssetDecimals: setup.decimals,
      interestRateStrategyAddress: strategy, underlyingAsset: deployed[setup.symbol].asset, treasury, incentivesController: zeroAddress,
      aTokenName: `Aave ${setup.symbol}`, aTokenSymbol: `a${setup.symbol}`, variableDebtTokenName: `Variable ${setup.symbol}`,
      variableDebtTokenSymbol: `variableDebt${setup.symbol}`, stableDebtTokenName: `Stable ${setup.symbol}`, stableDebtTokenSymbol: `stableDebt${setup.symbol}`, params: '0x',
    })),
  ])
  for (const setup of reserves) {
    const asset = deployed[setup.symbol].asset
    await write(0, configurator, c, 'configureReserveAsCollateral', [asset, setup.ltvBps, setup.liquidationThresholdBps, setup.liquidationBonusBps])
    await write(0, configurator, c, 'setReserveBorrowing', [asset, true])
    await write(0, configurator, c, 'setReserveFactor', [asset, 1000n])
    await write(0, configurator, c, 'setSupplyCap', [asset, setup.supplyCap])
    await write(0, configurator, c, 'setBorrowCap', [asset, setup.borrowCap])
    await write(0, configurator, c, 'setLiquidationProtocolFee', [asset, 1000n])
  }

  const { Executor } = compile({ 'Executor.sol': executorSource })
  const executor = await deploy(Executor)
  await write(0, aclManager, aclArtifact.abi, 'addPoolAdmin', [executor])
  await write(0, aclManager, aclArtifact.abi, 'addRiskAdmin', [executor])

  // A lender supplies the borrowable liquidity; accounts 1–3 supply collateral and borrow against it.
  const poolAbi = poolArtifact.abi
  const token = (symbol: string) => deployed[symbol].asset
  const units = (symbol: string, amount: string) => parseUnits(amount, deployed[symbol].setup.decimals)
  const supply = async (from: number, symbol: string, amount: bigint) => {
    const account = privateKeyToAccount(hardhatKeys[from]).address
    await write(from, token(symbol), tokenArtifact.abi, 'mint', [account, amount])
    await write(from, token(symbol), tokenArtifact.abi, 'approve', [pool, amount])
    await write(from, pool, poolAbi, 'supply', [token(symbol), amount, account, 0])
  }
  const borrow = async (from: number, symbol: string, amount: bigint) => {
    const account = privateKeyToAccount(hardhatKeys[from]).address
    await write(from, pool, poolAbi, 'borrow', [token(symbol), amount, 2n, 0, account])
  }
  await supply(4, 'USDC', units('USDC', '5000000'))
  await supply(4, 'WETH', units('WETH', '1000'))
  const plan: { from: number; supplied: [string, string][]; borrowed: [string, string][] }[] = [
    { from: 1, supplied: [['WETH', '100']], borrowed: [['USDC', '150000']] },
    { from: 2, supplied: [['WBTC', '10']], borrowed: [['USDC', '200000'], ['WETH', '4']] },
    { from: 3, supplied: [['WETH', '10'], ['USDC', '20000']], borrowed: [['USDC', '10000']] },
  ]
  const borrowers: AaveV3Deployment['borrowers'] = []
  for (const entry of plan) {
    const supplied: Record<string, bigint> = {}
    const borrowed: Record<string, bigint> = {}
    for (const [symbol, amount] of entry.supplied) await supply(entry.from, symbol, (supplied[symbol] = units(symbol, amount)))
    for (const [symbol, amount] of entry.borrowed) await borrow(entry.from, symbol, (borrowed[symbol] = units(symbol, amount)))
    borrowers.push({ account: getAddress(privateKeyToAccount(hardhatKeys[entry.from]).address), supplied, borrowed })
  }
  return { addressesProvider, pool, configurator, oracle, aclManager, treasury, executor, reserves: deployed, borrowers }
}
