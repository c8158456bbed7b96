import type { Address, ProtocolFamily } from '../model.ts'

// Known contracts per chain. A decoder uses this registry to say which protocol family and
// market a call configures, and in which units a token's caps are written. Every entry names
// where its address comes from; nothing here was looked up on a live chain.

export type DeploymentKind =
  | 'aave-v2-pool-configurator'
  | 'aave-v3-pool-configurator'
  | 'aave-oracle'
  | 'compound-v2-comptroller'
  | 'compound-v2-ctoken'
  | 'comet'
  | 'comet-configurator'
  | 'comet-proxy-admin'
  /** Aave governance v2 CrosschainForwarder: `execute(address)` by delegatecall sends a payload to an L2. */
  | 'aave-crosschain-forwarder'
  /** Aave Arc timelock: queues actions for the permissioned Arc market. */
  | 'aave-arc-timelock'
  /** An L1 bridge contract that Compound governance calls to reach another chain. */
  | 'bridge'

export type Deployment = {
  chainId: number
  address: Address
  kind: DeploymentKind
  name: string
  protocol?: ProtocolFamily
  /** The markets this contract configures: Aave pool(s) (an oracle may serve several), the Comptroller of a cToken. */
  markets?: Address[]
  /** For bridges and forwarders: the chain the message is delivered to. */
  destinationChainId?: number
  /** Comet only: the base token, whose price feed `setBaseTokenPriceFeed` sets. */
  baseToken?: Address
  source: string
}

export type Token = {
  chainId: number
  address: Address
  symbol: string
  /** Absent where no cited source gave it; only Comet and Compound caps need it. */
  decimals?: number
  /** cTokens only: decimals of the underlying token, the unit Comptroller caps are written in. */
  underlyingDecimals?: number
  /** cTokens only: the Comptroller whose market this is. */
  comptroller?: Address
  source: string
}

const ADDRESS_BOOK = 'bgd-labs/aave-address-book'
const AAVE_V2_ETHEREUM = `${ADDRESS_BOOK} src/AaveV2Ethereum.sol @009ca51fb712f079bcd8d773b6cc7d1412f85e1a`
const AAVE_V2_ETHEREUM_AMM = `${ADDRESS_BOOK} src/AaveV2EthereumAMM.sol @09852d675996b23cddb8a2e87488adacd684a86b`
const AAVE_V3_ETHEREUM = `${ADDRESS_BOOK} src/AaveV3Ethereum.sol @015296231fc4ffe5bcefd463d3680b4a0b07c59c`
const AAVE_GOVERNANCE_V2 = `${ADDRESS_BOOK} src/AaveGovernanceV2.sol @03a8ba5e2995a36c276dfb4e09d7d9992b61e441`
const AAVE_GOVERNANCE_V2_LATER =
  `${ADDRESS_BOOK} GovernanceV2Ethereum CROSSCHAIN_FORWARDER_* (later address-book release, code search); ` +
  'used as target of execute(address) in /work/shared/data/proposals/aave-v2-gov-payloads (e.g. #198, #242, #279)'
const COMPOUND_V2_DOCS = 'https://docs.compound.finance/v2 (Networks: Ethereum Mainnet – Compound v2; cToken and Underlying Decimals)'
const COMPOUND_V2_LABEL =
  '/work/shared/data/proposals/compound/compound-proposal-056.json targetLabels (seatbelt report) and compound-finance/compound-protocol networks/mainnet.json (Unitroller)'
const COMET_USDC = '/work/shared/data/compound-v3/deployment-configs/mainnet/usdc/{roots,configuration}.json (compound-finance/comet @d5a30b0aaeff7755f1431e87f818990902237b03)'
const COMET_WETH = '/work/shared/data/compound-v3/deployment-configs/mainnet/weth/{roots,configuration}.json (compound-finance/comet @d5a30b0aaeff7755f1431e87f818990902237b03)'
const COMET_PROXY_ADMIN = '/work/shared/data/proposals/compound/compound-proposal-128.json targetLabels (seatbelt report: "CometProxyAdmin, mainnet")'
const AAVE_V2_GOV_CHANGES = '/work/shared/data/proposals/aave-v2-gov/*.json expectedChanges (seatbelt-for-ghosts): symbol only'

const AAVE_V2_POOL: Address = '0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9'
const AAVE_V2_AMM_POOL: Address = '0x7937D4799803FbBe595ed57278Bc4cA21f3bFfCB'
const AAVE_V3_POOL: Address = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2'
const COMPTROLLER: Address = '0x3d9819210A31b4961b30EF54bE2aeD79B9c9Cd3B'

export const deployments: Deployment[] = [
  // Aave v2 Ethereum (main and AMM pools share one AaveOracle)
  { chainId: 1, address: '0x311Bb771e4F8952E6Da169b425E7e92d6Ac45756', kind: 'aave-v2-pool-configurator', name: 'Aave v2 Ethereum LendingPoolConfigurator', protocol: 'aave-v2', markets: [AAVE_V2_POOL], source: AAVE_V2_ETHEREUM },
  { chainId: 1, address: '0x23A875eDe3F1030138701683e42E9b16A7F87768', kind: 'aave-v2-pool-configurator', name: 'Aave v2 Ethereum AMM LendingPoolConfigurator', protocol: 'aave-v2', markets: [AAVE_V2_AMM_POOL], source: AAVE_V2_ETHEREUM_AMM },
  { chainId: 1, address: '0xA50ba011c48153De246E5192C8f9258A2ba79Ca9', kind: 'aave-oracle', name: 'Aave v2 Ethereum AaveOracle', protocol: 'aave-v2', markets: [AAVE_V2_POOL, AAVE_V2_AMM_POOL], source: `${AAVE_V2_ETHEREUM}; ${AAVE_V2_ETHEREUM_AMM}` },
  // Aave v3 Ethereum (core market)
  { chainId: 1, address: '0x64b761D848206f447Fe2dd461b0c635Ec39EbB27', kind: 'aave-v3-pool-configurator', name: 'Aave v3 Ethereum PoolConfigurator', protocol: 'aave-v3', markets: [AAVE_V3_POOL], source: AAVE_V3_ETHEREUM },
  { chainId: 1, address: '0x54586bE62E3c3580375aE3723C145253060Ca0C2', kind: 'aave-oracle', name: 'Aave v3 Ethereum AaveOracle', protocol: 'aave-v3', markets: [AAVE_V3_POOL], source: AAVE_V3_ETHEREUM },
  // Aave governance v2 cross-chain forwarders and the Arc timelock
  { chainId: 1, address: '0x158a6bC04F0828318821baE797f50B0A1299d45b', kind: 'aave-crosschain-forwarder', name: 'Aave CrosschainForwarderPolygon', destinationChainId: 137, source: AAVE_GOVERNANCE_V2 },
  { chainId: 1, address: '0x5f5C02875a8e9B5A26fbd09040ABCfDeb2AA6711', kind: 'aave-crosschain-forwarder', name: 'Aave CrosschainForwarderOptimism', destinationChainId: 10, source: AAVE_GOVERNANCE_V2 },
  { chainId: 1, address: '0x2e2B1F112C4D79A9D22464F0D345dE9b792705f1', kind: 'aave-crosschain-forwarder', name: 'Aave CrosschainForwarderArbitrum (first deployment)', destinationChainId: 42161, source: AAVE_GOVERNANCE_V2 },
  { chainId: 1, address: '0xd1B3E25fD7C8AE7CADDC6F71b461b79CD4ddcFa3', kind: 'aave-crosschain-forwarder', name: 'Aave CrosschainForwarderArbitrum', destinationChainId: 42161, source: AAVE_GOVERNANCE_V2_LATER },
  { chainId: 1, address: '0x2fE52eF191F0BE1D98459BdaD2F1d3160336C08f', kind: 'aave-crosschain-forwarder', name: 'Aave CrosschainForwarderMetis', destinationChainId: 1088, source: AAVE_GOVERNANCE_V2_LATER },
  { chainId: 1, address: '0x3215225538da1546FE0DA88ee13019f402078942', kind: 'aave-crosschain-forwarder', name: 'Aave CrosschainForwarderBase', destinationChainId: 8453, source: AAVE_GOVERNANCE_V2_LATER },
  { chainId: 1, address: '0xAce1d11d836cb3F51Ef658FD4D353fFb3c301218', kind: 'aave-arc-timelock', name: 'Aave Arc timelock', protocol: 'aave-v2', source: AAVE_GOVERNANCE_V2 },
  // Compound v2
  { chainId: 1, address: COMPTROLLER, kind: 'compound-v2-comptroller', name: 'Compound v2 Comptroller (Unitroller)', protocol: 'compound-v2', markets: [COMPTROLLER], source: COMPOUND_V2_LABEL },
  // Compound III (Comet) on Ethereum
  { chainId: 1, address: '0xc3d688B66703497DAA19211EEdff47f25384cdc3', kind: 'comet', name: 'cUSDCv3', protocol: 'compound-v3', markets: ['0xc3d688B66703497DAA19211EEdff47f25384cdc3'], baseToken: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', source: COMET_USDC },
  { chainId: 1, address: '0xA17581A9E3356d9A858b789D68B4d866e593aE94', kind: 'comet', name: 'cWETHv3', protocol: 'compound-v3', markets: ['0xA17581A9E3356d9A858b789D68B4d866e593aE94'], baseToken: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2', source: COMET_WETH },
  { chainId: 1, address: '0x316f9708bB98af7dA9c68C1C3b5e79039cD336E3', kind: 'comet-configurator', name: 'Compound III Configurator (proxy)', protocol: 'compound-v3', source: COMET_USDC },
  { chainId: 1, address: '0x1EC63B5883C3481134FD50D5DAebc83Ecd2E8779', kind: 'comet-proxy-admin', name: 'CometProxyAdmin', protocol: 'compound-v3', source: COMET_PROXY_ADMIN },
  // L1 bridges Compound governance uses to reach Comet deployments on other chains (roots.json of mainnet/usdc)
  ...(
    [
      ['0xfe5e5D361b2ad62c541bAb87C45a0B9B018389a2', 'Polygon FxRoot', 137],
      ['0x4Dbd4fc535Ac27206064B68FfCf827b0A60BAB3f', 'Arbitrum Inbox', 42161],
      ['0x25ace71c97B33Cc4729CF772ae268934F7ab5fA1', 'Optimism L1CrossDomainMessenger', 10],
      ['0x866E82a600A1414e583f7F13623F1aC5d58b0Afa', 'Base L1CrossDomainMessenger', 8453],
      ['0x676A795fe6E43C17c668de16730c3F690FEB7120', 'Mantle L1CrossDomainMessenger', 5000],
      ['0x9A3D64E386C18Cb1d6d5179a9596A4B5736e98A6', 'Unichain L1CrossDomainMessenger', 130],
      ['0x6774Bcbd5ceCeF1336b5300fb5186a12DDD8b367', 'Scroll L1ScrollMessenger', 534352],
      ['0xd19d4B5d358258f05D7B411E21A1460D11B0876F', 'Linea MessageService', 59144],
      ['0x80226fc0Ee2b096224EeAc085Bb9a8cba1146f7D', 'Chainlink CCIP Router (Ronin)', 2020],
    ] as const
  ).map(
    ([address, name, destinationChainId]): Deployment => ({ chainId: 1, address, kind: 'bridge', name, destinationChainId, source: COMET_USDC }),
  ),
]

// cTokens: symbol and underlying decimals from the Compound v2 docs.
const cToken = (address: Address, symbol: string, underlyingDecimals: number): Token => ({
  chainId: 1,
  address,
  symbol,
  decimals: 8,
  underlyingDecimals,
  comptroller: COMPTROLLER,
  source: COMPOUND_V2_DOCS,
})

export const tokens: Token[] = [
  cToken('0xe65cdB6479BaC1e22340E4E755fAE7E509EcD06c', 'cAAVE', 18),
  cToken('0x6C8c6b02E7b2BE14d4fA6022Dfd6d75921D90E4E', 'cBAT', 18),
  cToken('0x70e36f6BF80a52b3B46b3aF8e106CC0ed743E8e4', 'cCOMP', 18),
  cToken('0x5d3a536E4D6DbD6114cc1Ead35777bAB948E3643', 'cDAI', 18),
  cToken('0x4Ddc2D193948926D02f9B1fE9e1daa0718270ED5', 'cETH', 18),
  cToken('0xFAce851a4921ce59e912d19329929CE6da6EB0c7', 'cLINK', 18),
  cToken('0x95b4eF2869eBD94BEb4eEE400a99824BF5DC325b', 'cMKR', 18),
  cToken('0x4B0181102A0112A2ef11AbEE5563bb4a3176c9d7', 'cSUSHI', 18),
  cToken('0x12392F67bdf24faE0AF363c24aC620a2f67DAd86', 'cTUSD', 18),
  cToken('0x35A18000230DA775CAc24873d00Ff85BccdeD550', 'cUNI', 18),
  cToken('0x39AA39c021dfbaE8faC545936693aC917d5E7563', 'cUSDC', 6),
  cToken('0x041171993284df560249B57358F931D9eB7b925D', 'cUSDP', 18),
  cToken('0xf650C3d88D12dB855b8bf7D11Be6C55A4e07dCC9', 'cUSDT', 6),
  cToken('0xC11b1268C1A384e55C48c2391d8d480264A3A7F4', 'cWBTC', 8),
  cToken('0xccF4429DB6322D5C611ee964527D42E5d685DD6a', 'cWBTC2', 8),
  cToken('0x80a2AE356fc9ef4305676f7a3E2Ed04e12C33946', 'cYFI', 18),
  cToken('0xB3319f5D18Bc0D84dD1b4825Dcde5d5f7266d407', 'cZRX', 18),
  // Comet collateral and Aave reserves on Ethereum
  { chainId: 1, address: '0xc00e94Cb662C3520282E6f5717214004A7f26888', symbol: 'COMP', decimals: 18, source: COMET_USDC },
  { chainId: 1, address: '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599', symbol: 'WBTC', decimals: 8, source: COMET_USDC },
  { chainId: 1, address: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2', symbol: 'WETH', decimals: 18, source: COMET_USDC },
  { chainId: 1, address: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984', symbol: 'UNI', decimals: 18, source: COMET_USDC },
  { chainId: 1, address: '0x514910771AF9Ca656af840dff83E8264EcF986CA', symbol: 'LINK', decimals: 18, source: COMET_USDC },
  { chainId: 1, address: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', symbol: 'USDC', decimals: 6, source: COMET_USDC },
  { chainId: 1, address: '0xBe9895146f7AF43049ca1c1AE358B0541Ea49704', symbol: 'cbETH', decimals: 18, source: COMET_WETH },
  { chainId: 1, address: '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0', symbol: 'wstETH', decimals: 18, source: COMET_WETH },
  { chainId: 1, address: '0x6B175474E89094C44Da98b954EedeAC495271d0F', symbol: 'DAI', decimals: 18, source: AAVE_V2_ETHEREUM },
  { chainId: 1, address: '0x0bc529c00C6401aEF6D220BE8C6Ea1667F6Ad93e', symbol: 'YFI', decimals: 18, source: AAVE_V2_ETHEREUM },
  { chainId: 1, address: '0xdAC17F958D2ee523a2206206994597C13D831ec7', symbol: 'USDT', decimals: 6, source: AAVE_V2_ETHEREUM },
  { chainId: 1, address: '0xba100000625a3754423978a60c9317c58a424e3D', symbol: 'BAL', source: AAVE_V2_GOV_CHANGES },
  { chainId: 1, address: '0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84', symbol: 'stETH', source: AAVE_V2_GOV_CHANGES },
  { chainId: 1, address: '0x8798249c2E607446EfB7Ad49eC89dD1865Ff4272', symbol: 'xSUSHI', source: AAVE_V2_GOV_CHANGES },
  { chainId: 1, address: '0xa693B19d2931d498c5B318dF961919BB4aee87a5', symbol: 'UST', source: AAVE_V2_GOV_CHANGES },
  { chainId: 1, address: '0xD533a949740bb3306d119CC777fa900bA034cd52', symbol: 'CRV', source: AAVE_V2_GOV_CHANGES },
  { chainId: 1, address: '0x408e41876cCCDC0F92210600ef50372656052a38', symbol: 'REN', source: AAVE_V2_GOV_CHANGES },
]

export type LookupAddressReturnType = { deployment?: Deployment; token?: Token }

/**
 * What Firebreak knows about an address on a chain: a protocol contract, a token, both or neither.
 *
 * @example
 * lookupAddress(1, '0x311bb771e4f8952e6da169b425e7e92d6ac45756').deployment?.kind // 'aave-v2-pool-configurator'
 */
export function lookupAddress(chainId: number, address: string): LookupAddressReturnType {
  const key = `${chainId}:${address.toLowerCase()}`
  return { deployment: deploymentIndex.get(key), token: tokenIndex.get(key) }
}

const deploymentIndex = new Map(deployments.map((d) => [`${d.chainId}:${d.address.toLowerCase()}`, d]))
const tokenIndex = new Map(tokens.map((t) => [`${t.chainId}:${t.address.toLowerCase()}`, t]))
