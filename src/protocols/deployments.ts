import { getAddress } from 'viem'
import type { Address, ProtocolFamily } from '../model.ts'
import { aaveChains } from './aave/aaveDeployments.ts'

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
  /** Comet BaseBridgeReceiver on an L2: queues the actions a bridged governance message carries. */
  | 'comet-bridge-receiver'

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
const AAVE_V3_POLYGON = `${ADDRESS_BOOK} src/AaveV3Polygon.sol @01395f7ea0ea2f9dc551803e3ee1ba4ade28c5cc`
const AAVE_V3_ARBITRUM = `${ADDRESS_BOOK} src/AaveV3Arbitrum.sol @009ca51fb712f079bcd8d773b6cc7d1412f85e1a`
const AAVE_V3_BASE = `${ADDRESS_BOOK} src/AaveV3Base.sol @03e04f0fd8012ca7cf74c2d7019fd544b8c0aac8`
const AAVE_GOVERNANCE_V2 = `${ADDRESS_BOOK} src/AaveGovernanceV2.sol @03a8ba5e2995a36c276dfb4e09d7d9992b61e441`
const AAVE_GOVERNANCE_V2_LATER =
  `${ADDRESS_BOOK} GovernanceV2Ethereum CROSSCHAIN_FORWARDER_* (later address-book release, code search); ` +
  'used as target of execute(address) in /work/shared/data/proposals/aave-v2-gov-payloads (e.g. #198, #242, #279)'
const COMPOUND_V2_DOCS = 'https://docs.compound.finance/v2 (Networks: Ethereum Mainnet – Compound v2; cToken and Underlying Decimals)'
const COMPOUND_V2_LABEL =
  '/work/shared/data/proposals/compound/compound-proposal-056.json targetLabels (seatbelt report) and compound-finance/compound-protocol networks/mainnet.json (Unitroller)'
const COMET_USDC = '/work/shared/data/compound-v3/deployment-configs/mainnet/usdc/{roots,configuration}.json (compound-finance/comet @d5a30b0aaeff7755f1431e87f818990902237b03)'
const COMET_WETH = '/work/shared/data/compound-v3/deployment-configs/mainnet/weth/{roots,configuration}.json (compound-finance/comet @d5a30b0aaeff7755f1431e87f818990902237b03)'
const cometConfig = (market: string) =>
  `/work/shared/data/compound-v3/deployment-configs/mainnet/${market}/{roots,configuration}.json (compound-finance/comet @d5a30b0aaeff7755f1431e87f818990902237b03)`
const cometConfigOn = (network: string, market: string) =>
  `/work/shared/data/compound-v3/deployment-configs/${network}/${market}/{roots,configuration}.json (compound-finance/comet @d5a30b0aaeff7755f1431e87f818990902237b03)`
const COMET_PROXY_ADMIN = '/work/shared/data/proposals/compound/compound-proposal-128.json targetLabels (seatbelt report: "CometProxyAdmin, mainnet")'
const AAVE_V2_GOV_CHANGES = '/work/shared/data/proposals/aave-v2-gov/*.json expectedChanges (seatbelt-for-ghosts): symbol only'

const AAVE_V2_POOL: Address = '0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9'
const AAVE_V2_AMM_POOL: Address = '0x7937D4799803FbBe595ed57278Bc4cA21f3bFfCB'
const AAVE_V3_POOL: Address = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2'
// Aave v3 Polygon, Arbitrum (and Optimism, Avalanche) share one Pool and PoolConfigurator address.
const AAVE_V3_L2_POOL: Address = '0x794a61358D6845594F94dc1DB02A252b5b4814aD'
const AAVE_V3_L2_CONFIGURATOR: Address = '0x8145eddDf43f50276641b55bd3AD95944510021E'
const AAVE_V3_BASE_POOL: Address = '0xA238Dd80C259a72e81d7e4664a9801593F98d1c5'
const COMPTROLLER: Address = '0x3d9819210A31b4961b30EF54bE2aeD79B9c9Cd3B'

const listedDeployments: Deployment[] = [
  // Aave v2 Ethereum (main and AMM pools share one AaveOracle)
  { chainId: 1, address: '0x311Bb771e4F8952E6Da169b425E7e92d6Ac45756', kind: 'aave-v2-pool-configurator', name: 'Aave v2 Ethereum LendingPoolConfigurator', protocol: 'aave-v2', markets: [AAVE_V2_POOL], source: AAVE_V2_ETHEREUM },
  { chainId: 1, address: '0x23A875eDe3F1030138701683e42E9b16A7F87768', kind: 'aave-v2-pool-configurator', name: 'Aave v2 Ethereum AMM LendingPoolConfigurator', protocol: 'aave-v2', markets: [AAVE_V2_AMM_POOL], source: AAVE_V2_ETHEREUM_AMM },
  { chainId: 1, address: '0xA50ba011c48153De246E5192C8f9258A2ba79Ca9', kind: 'aave-oracle', name: 'Aave v2 Ethereum AaveOracle', protocol: 'aave-v2', markets: [AAVE_V2_POOL, AAVE_V2_AMM_POOL], source: `${AAVE_V2_ETHEREUM}; ${AAVE_V2_ETHEREUM_AMM}` },
  // Aave v3 Ethereum (core market)
  { chainId: 1, address: '0x64b761D848206f447Fe2dd461b0c635Ec39EbB27', kind: 'aave-v3-pool-configurator', name: 'Aave v3 Ethereum PoolConfigurator', protocol: 'aave-v3', markets: [AAVE_V3_POOL], source: AAVE_V3_ETHEREUM },
  { chainId: 1, address: '0x54586bE62E3c3580375aE3723C145253060Ca0C2', kind: 'aave-oracle', name: 'Aave v3 Ethereum AaveOracle', protocol: 'aave-v3', markets: [AAVE_V3_POOL], source: AAVE_V3_ETHEREUM },
  // Aave v3 Polygon, Arbitrum, Base
  { chainId: 137, address: AAVE_V3_L2_CONFIGURATOR, kind: 'aave-v3-pool-configurator', name: 'Aave v3 Polygon PoolConfigurator', protocol: 'aave-v3', markets: [AAVE_V3_L2_POOL], source: AAVE_V3_POLYGON },
  { chainId: 137, address: '0xb023e699F5a33916Ea823A16485e259257cA8Bd1', kind: 'aave-oracle', name: 'Aave v3 Polygon AaveOracle', protocol: 'aave-v3', markets: [AAVE_V3_L2_POOL], source: AAVE_V3_POLYGON },
  { chainId: 42161, address: AAVE_V3_L2_CONFIGURATOR, kind: 'aave-v3-pool-configurator', name: 'Aave v3 Arbitrum PoolConfigurator', protocol: 'aave-v3', markets: [AAVE_V3_L2_POOL], source: AAVE_V3_ARBITRUM },
  { chainId: 42161, address: '0xb56c2F0B653B2e0b10C9b928C8580Ac5Df02C7C7', kind: 'aave-oracle', name: 'Aave v3 Arbitrum AaveOracle', protocol: 'aave-v3', markets: [AAVE_V3_L2_POOL], source: AAVE_V3_ARBITRUM },
  { chainId: 8453, address: '0x5731a04B1E775f0fdd454Bf70f3335886e9A96be', kind: 'aave-v3-pool-configurator', name: 'Aave v3 Base PoolConfigurator', protocol: 'aave-v3', markets: [AAVE_V3_BASE_POOL], source: AAVE_V3_BASE },
  { chainId: 8453, address: '0x2Cc0Fc26eD4563A5ce5e8bdcfe1A2878676Ae156', kind: 'aave-oracle', name: 'Aave v3 Base AaveOracle', protocol: 'aave-v3', markets: [AAVE_V3_BASE_POOL], source: AAVE_V3_BASE },
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
  { chainId: 1, address: '0x3Afdc9BCA9213A35503b077a6072F3D0d5AB0840', kind: 'comet', name: 'cUSDTv3', protocol: 'compound-v3', markets: ['0x3Afdc9BCA9213A35503b077a6072F3D0d5AB0840'], baseToken: '0xdAC17F958D2ee523a2206206994597C13D831ec7', source: cometConfig('usdt') },
  { chainId: 1, address: '0xe85Dc543813B8c2CFEaAc371517b925a166a9293', kind: 'comet', name: 'cWBTCv3', protocol: 'compound-v3', markets: ['0xe85Dc543813B8c2CFEaAc371517b925a166a9293'], baseToken: '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599', source: cometConfig('wbtc') },
  { chainId: 1, address: '0x3D0bb1ccaB520A66e607822fC55BC921738fAFE3', kind: 'comet', name: 'cWstETHv3', protocol: 'compound-v3', markets: ['0x3D0bb1ccaB520A66e607822fC55BC921738fAFE3'], baseToken: '0x7f39C581F595B53c5cb19bD0b3f8dA6c935E2Ca0', source: cometConfig('wsteth') },
  { chainId: 1, address: '0x5D409e56D886231aDAf00c8775665AD0f9897b56', kind: 'comet', name: 'cUSDSv3', protocol: 'compound-v3', markets: ['0x5D409e56D886231aDAf00c8775665AD0f9897b56'], baseToken: '0xdC035D45d973E3EC169d2276DDab16f1e407384F', source: cometConfig('usds') },
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
  // Compound III on Polygon, Arbitrum, Optimism and Base: markets, Configurator, bridge receiver
  { chainId: 137, address: '0xF25212E676D1F7F89Cd72fFEe66158f541246445', kind: 'comet', name: 'cUSDCv3 (polygon)', protocol: 'compound-v3', markets: ['0xF25212E676D1F7F89Cd72fFEe66158f541246445'], baseToken: getAddress('0x2791bca1f2de4661ed88a30c99a7a9449aa84174'), source: cometConfigOn('polygon', 'usdc') },
  { chainId: 137, address: '0x83E0F742cAcBE66349E3701B171eE2487a26e738', kind: 'comet-configurator', name: 'Compound III Configurator (polygon)', protocol: 'compound-v3', source: cometConfigOn('polygon', 'usdc') },
  { chainId: 137, address: '0x18281dfC4d00905DA1aaA6731414EABa843c468A', kind: 'comet-bridge-receiver', name: 'Compound III bridge receiver (polygon)', protocol: 'compound-v3', source: cometConfigOn('polygon', 'usdc') },
  { chainId: 137, address: '0xaeB318360f27748Acb200CE616E389A6C9409a07', kind: 'comet', name: 'cUSDTv3 (polygon)', protocol: 'compound-v3', markets: ['0xaeB318360f27748Acb200CE616E389A6C9409a07'], baseToken: getAddress('0xc2132D05D31c914a87C6611C10748AEb04B58e8F'), source: cometConfigOn('polygon', 'usdt') },
  { chainId: 42161, address: '0x9c4ec768c28520B50860ea7a15bd7213a9fF58bf', kind: 'comet', name: 'cUSDCv3 (arbitrum)', protocol: 'compound-v3', markets: ['0x9c4ec768c28520B50860ea7a15bd7213a9fF58bf'], baseToken: getAddress('0xaf88d065e77c8cC2239327C5EDb3A432268e5831'), source: cometConfigOn('arbitrum', 'usdc') },
  { chainId: 42161, address: '0xb21b06D71c75973babdE35b49fFDAc3F82Ad3775', kind: 'comet-configurator', name: 'Compound III Configurator (arbitrum)', protocol: 'compound-v3', source: cometConfigOn('arbitrum', 'usdc') },
  { chainId: 42161, address: '0x42480C37B249e33aABaf4c22B20235656bd38068', kind: 'comet-bridge-receiver', name: 'Compound III bridge receiver (arbitrum)', protocol: 'compound-v3', source: cometConfigOn('arbitrum', 'usdc') },
  { chainId: 42161, address: '0xA5EDBDD9646f8dFF606d7448e414884C7d905dCA', kind: 'comet', name: 'cUSDCv3 (arbitrum)', protocol: 'compound-v3', markets: ['0xA5EDBDD9646f8dFF606d7448e414884C7d905dCA'], baseToken: getAddress('0xff970a61a04b1ca14834a43f5de4533ebddb5cc8'), source: cometConfigOn('arbitrum', 'usdc.e') },
  { chainId: 42161, address: '0xd98Be00b5D27fc98112BdE293e487f8D4cA57d07', kind: 'comet', name: 'cUSDTv3 (arbitrum)', protocol: 'compound-v3', markets: ['0xd98Be00b5D27fc98112BdE293e487f8D4cA57d07'], baseToken: getAddress('0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9'), source: cometConfigOn('arbitrum', 'usdt') },
  { chainId: 42161, address: '0x6f7D514bbD4aFf3BcD1140B7344b32f063dEe486', kind: 'comet', name: 'cWETHv3 (arbitrum)', protocol: 'compound-v3', markets: ['0x6f7D514bbD4aFf3BcD1140B7344b32f063dEe486'], baseToken: getAddress('0x82aF49447D8a07e3bd95BD0d56f35241523fBab1'), source: cometConfigOn('arbitrum', 'weth') },
  { chainId: 10, address: '0x2e44e174f7D53F0212823acC11C01A11d58c5bCB', kind: 'comet', name: 'cUSDCv3 (optimism)', protocol: 'compound-v3', markets: ['0x2e44e174f7D53F0212823acC11C01A11d58c5bCB'], baseToken: getAddress('0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85'), source: cometConfigOn('optimism', 'usdc') },
  { chainId: 10, address: '0x84E93EC6170ED630f5ebD89A1AAE72d4F63f2713', kind: 'comet-configurator', name: 'Compound III Configurator (optimism)', protocol: 'compound-v3', source: cometConfigOn('optimism', 'usdc') },
  { chainId: 10, address: '0xC3a73A70d1577CD5B02da0bA91C0Afc8fA434DAF', kind: 'comet-bridge-receiver', name: 'Compound III bridge receiver (optimism)', protocol: 'compound-v3', source: cometConfigOn('optimism', 'usdc') },
  { chainId: 10, address: '0x995E394b8B2437aC8Ce61Ee0bC610D617962B214', kind: 'comet', name: 'cUSDTv3 (optimism)', protocol: 'compound-v3', markets: ['0x995E394b8B2437aC8Ce61Ee0bC610D617962B214'], baseToken: getAddress('0x94b008aA00579c1307B0EF2c499aD98a8ce58e58'), source: cometConfigOn('optimism', 'usdt') },
  { chainId: 10, address: '0xE36A30D249f7761327fd973001A32010b521b6Fd', kind: 'comet', name: 'cWETHv3 (optimism)', protocol: 'compound-v3', markets: ['0xE36A30D249f7761327fd973001A32010b521b6Fd'], baseToken: getAddress('0x4200000000000000000000000000000000000006'), source: cometConfigOn('optimism', 'weth') },
  { chainId: 8453, address: '0x784efeB622244d2348d4F2522f8860B96fbEcE89', kind: 'comet', name: 'cAEROv3 (base)', protocol: 'compound-v3', markets: ['0x784efeB622244d2348d4F2522f8860B96fbEcE89'], baseToken: getAddress('0x940181a94A35A4569E4529A3CDfB74e38FD98631'), source: cometConfigOn('base', 'aero') },
  { chainId: 8453, address: '0x45939657d1CA34A8FA39A924B71D28Fe8431e581', kind: 'comet-configurator', name: 'Compound III Configurator (base)', protocol: 'compound-v3', source: cometConfigOn('base', 'aero') },
  { chainId: 8453, address: '0x18281dfC4d00905DA1aaA6731414EABa843c468A', kind: 'comet-bridge-receiver', name: 'Compound III bridge receiver (base)', protocol: 'compound-v3', source: cometConfigOn('base', 'aero') },
  { chainId: 8453, address: '0x9c4ec768c28520B50860ea7a15bd7213a9fF58bf', kind: 'comet', name: 'cUSDbCv3 (base)', protocol: 'compound-v3', markets: ['0x9c4ec768c28520B50860ea7a15bd7213a9fF58bf'], baseToken: getAddress('0xd9aAEc86B65D86f6A7B5B1b0c42FFA531710b6CA'), source: cometConfigOn('base', 'usdbc') },
  { chainId: 8453, address: '0xb125E6687d4313864e53df431d5425969c15Eb2F', kind: 'comet', name: 'cUSDCv3 (base)', protocol: 'compound-v3', markets: ['0xb125E6687d4313864e53df431d5425969c15Eb2F'], baseToken: getAddress('0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913'), source: cometConfigOn('base', 'usdc') },
  { chainId: 8453, address: '0x2c776041CCFe903071AF44aa147368a9c8EEA518', kind: 'comet', name: 'cUSDSv3 (base)', protocol: 'compound-v3', markets: ['0x2c776041CCFe903071AF44aa147368a9c8EEA518'], baseToken: getAddress('0x820C137fa70C8691f0e44Dc420a5e53c168921Dc'), source: cometConfigOn('base', 'usds') },
  { chainId: 8453, address: '0x46e6b214b524310239732D51387075E0e70970bf', kind: 'comet', name: 'cWETHv3 (base)', protocol: 'compound-v3', markets: ['0x46e6b214b524310239732D51387075E0e70970bf'], baseToken: getAddress('0x4200000000000000000000000000000000000006'), source: cometConfigOn('base', 'weth') },
]

/**
 * Every Aave pool's configurator and oracle in the Aave registry (src/protocols/aave/aaveDeployments.ts) that the
 * list above does not already name: calls to them decode on every chain Aave governance reaches.
 */
function aaveRegistryDeployments(listed: Deployment[]): Deployment[] {
  const known = new Set(listed.map((d) => `${d.chainId}:${d.address.toLowerCase()}`))
  const entries = new Map<string, Deployment>()
  for (const chain of aaveChains)
    for (const pool of chain.pools) {
      const configurator = `${chain.chainId}:${pool.configurator.toLowerCase()}`
      if (!known.has(configurator))
        entries.set(configurator, { chainId: chain.chainId, address: pool.configurator, kind: `${pool.protocol}-pool-configurator`, name: `${pool.name} PoolConfigurator`, protocol: pool.protocol, markets: [pool.pool], source: pool.source })
      const oracle = `${chain.chainId}:${pool.oracle.toLowerCase()}`
      const shared = entries.get(oracle)
      if (shared) shared.markets = [...(shared.markets ?? []), pool.pool]
      else if (!known.has(oracle)) entries.set(oracle, { chainId: chain.chainId, address: pool.oracle, kind: 'aave-oracle', name: `${pool.name} AaveOracle`, protocol: pool.protocol, markets: [pool.pool], source: pool.source })
    }
  return [...entries.values()]
}

export const deployments: Deployment[] = [...listedDeployments, ...aaveRegistryDeployments(listedDeployments)]

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
  { chainId: 1, address: '0x8236a87084f8B84306f72007F36F2618A5634494', symbol: 'LBTC', decimals: 8, source: cometConfig('wbtc') },
  { chainId: 1, address: '0xF469fBD2abcd6B9de8E169d128226C0Fc90a012e', symbol: 'pumpBTC', decimals: 8, source: cometConfig('wbtc') },
  { chainId: 1, address: '0xA1290d69c65A6Fe4DF752f95823fae25cB99e5A7', symbol: 'rsETH', decimals: 18, source: cometConfig('wsteth') },
  { chainId: 1, address: '0xbf5495Efe5DB9ce00f80364C8B423567e58d2110', symbol: 'ezETH', decimals: 18, source: cometConfig('wsteth') },
  { chainId: 1, address: '0xdC035D45d973E3EC169d2276DDab16f1e407384F', symbol: 'USDS', source: cometConfig('usds') },
  { chainId: 1, address: '0x4c9EDD5852cd905f086C759E8383e09bff1E68B3', symbol: 'USDe', decimals: 18, source: cometConfig('usds') },
  { chainId: 1, address: '0xcbB7C0000aB88B473b1f5aFd9ef808440eed33Bf', symbol: 'cbBTC', decimals: 8, source: cometConfig('usds') },
  { chainId: 1, address: '0x18084fbA666a33d37592fA2633fD49a74DD93a88', symbol: 'tBTC', decimals: 18, source: cometConfig('usds') },
  { chainId: 1, address: '0x6B175474E89094C44Da98b954EedeAC495271d0F', symbol: 'DAI', decimals: 18, source: AAVE_V2_ETHEREUM },
  { chainId: 1, address: '0x0bc529c00C6401aEF6D220BE8C6Ea1667F6Ad93e', symbol: 'YFI', decimals: 18, source: AAVE_V2_ETHEREUM },
  { chainId: 1, address: '0xdAC17F958D2ee523a2206206994597C13D831ec7', symbol: 'USDT', decimals: 6, source: AAVE_V2_ETHEREUM },
  { chainId: 1, address: '0xba100000625a3754423978a60c9317c58a424e3D', symbol: 'BAL', source: AAVE_V2_GOV_CHANGES },
  { chainId: 1, address: '0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84', symbol: 'stETH', source: AAVE_V2_GOV_CHANGES },
  { chainId: 1, address: '0x8798249c2E607446EfB7Ad49eC89dD1865Ff4272', symbol: 'xSUSHI', source: AAVE_V2_GOV_CHANGES },
  { chainId: 1, address: '0xa693B19d2931d498c5B318dF961919BB4aee87a5', symbol: 'UST', source: AAVE_V2_GOV_CHANGES },
  { chainId: 1, address: '0xD533a949740bb3306d119CC777fa900bA034cd52', symbol: 'CRV', source: AAVE_V2_GOV_CHANGES },
  { chainId: 1, address: '0x408e41876cCCDC0F92210600ef50372656052a38', symbol: 'REN', source: AAVE_V2_GOV_CHANGES },
  // Compound III collateral on Polygon, Arbitrum, Optimism and Base
  { chainId: 137, address: getAddress('0x7ceb23fd6bc0add59e62ac25578270cff1b9f619'), symbol: 'WETH', decimals: 18, source: cometConfigOn('polygon', 'usdc') },
  { chainId: 137, address: getAddress('0x1bfd67037b42cf73acf2047067bd4f2c47d9bfd6'), symbol: 'WBTC', decimals: 8, source: cometConfigOn('polygon', 'usdc') },
  { chainId: 137, address: getAddress('0x0d500B1d8E8eF31E21C99d1Db9A6444d3ADf1270'), symbol: 'WMATIC', decimals: 18, source: cometConfigOn('polygon', 'usdc') },
  { chainId: 137, address: getAddress('0xfa68FB4628DFF1028CFEc22b4162FCcd0d45efb6'), symbol: 'MaticX', decimals: 18, source: cometConfigOn('polygon', 'usdt') },
  { chainId: 137, address: getAddress('0x3A58a54C066FdC0f2D55FC9C89F0415C92eBf3C4'), symbol: 'stMATIC', decimals: 18, source: cometConfigOn('polygon', 'usdt') },
  { chainId: 42161, address: getAddress('0x912ce59144191c1204e64559fe8253a0e49e6548'), symbol: 'ARB', decimals: 18, source: cometConfigOn('arbitrum', 'usdc') },
  { chainId: 42161, address: getAddress('0xfc5a1a6eb076a2c7ad06ed22c90d7e710e35ad0a'), symbol: 'GMX', decimals: 18, source: cometConfigOn('arbitrum', 'usdc') },
  { chainId: 42161, address: getAddress('0x82af49447d8a07e3bd95bd0d56f35241523fbab1'), symbol: 'WETH', decimals: 18, source: cometConfigOn('arbitrum', 'usdc') },
  { chainId: 42161, address: getAddress('0x2f2a2543b76a4166549f7aab2e75bef0aefc5b0f'), symbol: 'WBTC', decimals: 8, source: cometConfigOn('arbitrum', 'usdc') },
  { chainId: 42161, address: getAddress('0x5979D7b546E38E414F7E9822514be443A4800529'), symbol: 'wstETH', decimals: 18, source: cometConfigOn('arbitrum', 'usdt') },
  { chainId: 42161, address: getAddress('0x35751007a407ca6FEFfE80b3cB397736D2cf4dbe'), symbol: 'weETH', decimals: 18, source: cometConfigOn('arbitrum', 'weth') },
  { chainId: 42161, address: getAddress('0xEC70Dcb4A1EFa46b8F2D97C310C9c4790ba5ffA8'), symbol: 'rETH', decimals: 18, source: cometConfigOn('arbitrum', 'weth') },
  { chainId: 10, address: getAddress('0x4200000000000000000000000000000000000042'), symbol: 'OP', decimals: 18, source: cometConfigOn('optimism', 'usdc') },
  { chainId: 10, address: getAddress('0x4200000000000000000000000000000000000006'), symbol: 'WETH', decimals: 18, source: cometConfigOn('optimism', 'usdc') },
  { chainId: 10, address: getAddress('0x68f180fcCe6836688e9084f035309E29Bf0A2095'), symbol: 'WBTC', decimals: 8, source: cometConfigOn('optimism', 'usdc') },
  { chainId: 10, address: getAddress('0x1F32b1c2345538c0c6f582fCB022739c4A194Ebb'), symbol: 'wstETH', decimals: 18, source: cometConfigOn('optimism', 'weth') },
  { chainId: 10, address: getAddress('0x9Bcef72be871e61ED4fBbc7630889beE758eb81D'), symbol: 'rETH', decimals: 18, source: cometConfigOn('optimism', 'weth') },
  { chainId: 8453, address: getAddress('0x4200000000000000000000000000000000000006'), symbol: 'WETH', decimals: 18, source: cometConfigOn('base', 'aero') },
  { chainId: 8453, address: getAddress('0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913'), symbol: 'USDC', decimals: 6, source: cometConfigOn('base', 'aero') },
  { chainId: 8453, address: getAddress('0xc1CBa3fCea344f92D9239c08C0568f6F2F0ee452'), symbol: 'wstETH', decimals: 18, source: cometConfigOn('base', 'aero') },
  { chainId: 8453, address: getAddress('0xcbB7C0000aB88B473b1f5aFd9ef808440eed33Bf'), symbol: 'cbBTC', decimals: 8, source: cometConfigOn('base', 'aero') },
  { chainId: 8453, address: getAddress('0x2Ae3F1Ec7F1F5012CFEab0185bfc7aa3cf0DEc22'), symbol: 'cbETH', decimals: 18, source: cometConfigOn('base', 'usdbc') },
  { chainId: 8453, address: getAddress('0x5875eEE11Cf8398102FdAd704C9E96607675467a'), symbol: 'sUSDS', decimals: 18, source: cometConfigOn('base', 'usds') },
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
