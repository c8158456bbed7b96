import type { Address, ProtocolFamily } from '../../model.ts'

// Aave markets and governance per chain: what the payload probe runs on (every pool of the chain a payload
// executes on) and as whom (the executor holding the pool-admin and risk-admin roles). Every address names
// where it comes from; nothing here was looked up on a live chain.

export type AavePool = {
  protocol: Extract<ProtocolFamily, 'aave-v2' | 'aave-v3'>
  name: string
  pool: Address
  configurator: Address
  oracle: Address
  dataProvider?: Address
  source: string
}

export type AaveGovernance = {
  /** Aave governance v3 PayloadsController(s) on this chain (a chain may have had more than one). */
  payloadsControllers: Address[]
  /** Executor lvl1 (risk and listings) and lvl2 (governance itself, Ethereum only): run a payload by delegatecall. */
  executorLvl1: Address
  executorLvl2?: Address
  /** Aave governance v2: the executor a v2 proposal (or its bridged payload) ran as on this chain. */
  governanceV2Executor?: Address
  source: string
}

export type AaveChain = { chainId: number; name: string; pools: AavePool[]; governance: AaveGovernance }

const book = (path: string, commit: string) => `bgd-labs/aave-address-book ${path} @${commit}`
const SEATBELT_V3 = '/work/shared/data/proposals/aave-gov-v3-payloads/seatbelt-gov-v3-risk-payloads.json (bgd-labs/seatbelt-gov-v3 @8c23bca5f84a22ebef6d533af25302f137ebd1bf) payloadsController'
const GOV_V2 = book('scripts/generator/governanceV2Generator.ts (govV2Addresses)', 'dabede24be3881ada9df55f5e3211decefe4a2d3')

const v3 = (name: string, pool: string, configurator: string, oracle: string, dataProvider: string, source: string): AavePool => ({
  protocol: 'aave-v3',
  name,
  pool: pool as Address,
  configurator: configurator as Address,
  oracle: oracle as Address,
  dataProvider: dataProvider as Address,
  source,
})
const v2 = (name: string, pool: string, configurator: string, oracle: string, dataProvider: string | undefined, source: string): AavePool => ({
  protocol: 'aave-v2',
  name,
  pool: pool as Address,
  configurator: configurator as Address,
  oracle: oracle as Address,
  ...(dataProvider ? { dataProvider: dataProvider as Address } : {}),
  source,
})
const governance = (controllers: string[], lvl1: string, source: string, extra: Partial<AaveGovernance> = {}, controllersSource = SEATBELT_V3): AaveGovernance => ({
  payloadsControllers: controllers as Address[],
  executorLvl1: lvl1 as Address,
  ...extra,
  source: `executors: ${source}${extra.governanceV2Executor ? `; Gov-v2 executor: ${GOV_V2}` : ''}; PayloadsController: ${controllersSource}`,
})

// Aave v3 on Polygon, Arbitrum, Optimism and Avalanche shares one Pool and PoolConfigurator address.
const L2_POOL = '0x794a61358D6845594F94dc1DB02A252b5b4814aD'
const L2_CONFIGURATOR = '0x8145eddDf43f50276641b55bd3AD95944510021E'

export const aaveChains: AaveChain[] = [
  {
    chainId: 1,
    name: 'Ethereum',
    pools: [
      v3('Aave v3 Ethereum Core', '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2', '0x64b761D848206f447Fe2dd461b0c635Ec39EbB27', '0x54586bE62E3c3580375aE3723C145253060Ca0C2', '0x7B4EB56E7CD4b454BA8ff71E4518426369a138a3', book('src/AaveV3Ethereum.sol', '015296231fc4ffe5bcefd463d3680b4a0b07c59c')),
      v3('Aave v3 Ethereum Prime (Lido)', '0x4e033931ad43597d96D6bcc25c280717730B58B1', '0x342631c6CeFC9cfbf97b2fe4aa242a236e1fd517', '0xE3C061981870C0C7b1f3C4F4bB36B95f1F260BE6', '0xB85B2bFEbeC4F5f401dbf92ac147A3076391fCD5', book('src/AaveV3EthereumLido.sol', '05f8ad4cb8daa9f82645b2fe879af6f07a7255e9')),
      v3('Aave v3 Ethereum EtherFi', '0x0AA97c284e98396202b6A04024F5E2c65026F3c0', '0x8438F4D29D895d75C86BDC25360c25eF0607E65d', '0x43b64f28A678944E0655404B0B98E443851cC34F', '0x7c8509591f9693D21280d96e149a08A3bf69Cd0c', book('src/AaveV3EthereumEtherFi.sol', '05f8ad4cb8daa9f82645b2fe879af6f07a7255e9')),
      v3('Aave v3 Ethereum Horizon', '0xAe05Cd22df81871bc7cC2a04BeCfb516bFe332C8', '0x83Cb1B4af26EEf6463aC20AFbAC9c0e2E017202F', '0x985BcfAB7e0f4EF2606CC5b64FC1A16311880442', '0x53519c32f73fE1797d10210c4950fFeBa3b21504', book('src/AaveV3EthereumHorizon.sol', '0b644880767a1a2df2f7110ac85f95b120ecbedd')),
      v2('Aave v2 Ethereum', '0x7d2768dE32b0b80b7a3454c06BdAc94A69DDc7A9', '0x311Bb771e4F8952E6Da169b425E7e92d6Ac45756', '0xA50ba011c48153De246E5192C8f9258A2ba79Ca9', '0x057835Ad21a177dbdd3090bB1CAE03EaCF78Fc6d', book('src/AaveV2Ethereum.sol', '009ca51fb712f079bcd8d773b6cc7d1412f85e1a')),
      v2('Aave v2 Ethereum AMM', '0x7937D4799803FbBe595ed57278Bc4cA21f3bFfCB', '0x23A875eDe3F1030138701683e42E9b16A7F87768', '0xA50ba011c48153De246E5192C8f9258A2ba79Ca9', undefined, book('src/AaveV2EthereumAMM.sol', '09852d675996b23cddb8a2e87488adacd684a86b')),
    ],
    governance: governance(['0xdAbad81aF85554E9ae636395611C58F7eC1aAEc5'], '0x5300A1a15135EA4dc7aD5a167152C01EFc9b192A', book('src/GovernanceV3Ethereum.sol', '484471fb9a66903c1b969d19ccdb6bafe1be1ebd'), {
      executorLvl2: '0x17Dd33Ed0e3dD2a80E37489B8A63063161BE6957',
      // The short executor ran Gov-v2 risk proposals (executor of every file in shared/data/proposals/aave-v2-gov-payloads).
      governanceV2Executor: '0xEE56e2B3D491590B5b31738cC34d5232F378a8D5',
    }),
  },
  {
    chainId: 137,
    name: 'Polygon',
    pools: [
      v3('Aave v3 Polygon', L2_POOL, L2_CONFIGURATOR, '0xb023e699F5a33916Ea823A16485e259257cA8Bd1', '0x9441B65EE553F70df9C77d45d3283B6BC24F222d', book('src/AaveV3Polygon.sol', '01395f7ea0ea2f9dc551803e3ee1ba4ade28c5cc')),
      v2('Aave v2 Polygon', '0x8dFf5E27EA6b7AC08EbFdf9eB090F32ee9a30fcf', '0x26db2B833021583566323E3b8985999981b9F1F3', '0x0229F777B0fAb107F9591a41d5F02E4e98dB6f2d', '0x7551b5D2763519d4e37e8B81929D336De671d46d', book('src/AaveV2Polygon.sol', '047f67671466231b78782c5ee6032fbb6b7f22b1')),
    ],
    governance: governance(['0x401B5D0294E23637c18fcc38b1Bca814CDa2637C'], '0xDf7d0e6454DB638881302729F5ba99936EaAB233', book('src/GovernanceV3Polygon.sol', '0a9daf2028e4ae9d9fd6aa923f84100eb7849257'), {
      governanceV2Executor: '0xdc9A35B16DB4e126cFeDC41322b3a36454B1F772', // POLYGON_BRIDGE_EXECUTOR
    }),
  },
  {
    chainId: 43114,
    name: 'Avalanche',
    pools: [
      v3('Aave v3 Avalanche', L2_POOL, L2_CONFIGURATOR, '0xEBd36016B3eD09D4693Ed4251c67Bd858c3c7C9C', '0x50ddd0Cd4266299527d25De9CBb55fE0EB8dAc30', book('src/AaveV3Avalanche.sol', '06423a369ade4bba9957f70b26466397260d9e94')),
      v2('Aave v2 Avalanche', '0x4F01AeD16D97E3aB5ab2B501154DC9bb0F1A5A2C', '0x230B618aD4C475393A7239aE03630042281BD86e', '0xdC336Cd4769f4cC7E9d726DA53e6d3fC710cEB89', '0x65285E9dfab318f57051ab2b139ccCf232945451', book('src/AaveV2Avalanche.sol', '02264f7e20d5924d94f83e274994a0c0d52ac285')),
    ],
    governance: governance(['0x1140CB7CAfAcC745771C2Ea31e7B5C653c5d0B80'], '0x3C06dce358add17aAf230f2234bCCC4afd50d090', book('src/GovernanceV3Avalanche.sol', '02264f7e20d5924d94f83e274994a0c0d52ac285')),
  },
  {
    chainId: 10,
    name: 'Optimism',
    pools: [v3('Aave v3 Optimism', L2_POOL, L2_CONFIGURATOR, '0xD81eb3728a631871a7eBBaD631b5f424909f0c77', '0xd9Ca4878dd38B021583c1B669905592EAe76E044', book('src/AaveV3Optimism.sol', '009ca51fb712f079bcd8d773b6cc7d1412f85e1a'))],
    governance: governance(['0x0E1a3Af1f9cC76A62eD31eDedca291E63632e7c4'], '0x746c675dAB49Bcd5BB9Dc85161f2d7Eb435009bf', book('src/GovernanceV3Optimism.sol', '0a9daf2028e4ae9d9fd6aa923f84100eb7849257'), {
      governanceV2Executor: '0x7d9103572bE58FfE99dc390E8246f02dcAe6f611', // OPTIMISM_BRIDGE_EXECUTOR
    }),
  },
  {
    chainId: 42161,
    name: 'Arbitrum',
    pools: [v3('Aave v3 Arbitrum', L2_POOL, L2_CONFIGURATOR, '0xb56c2F0B653B2e0b10C9b928C8580Ac5Df02C7C7', '0x6b4E260b765B3cA1514e618C0215A6B7839fF93e', book('src/AaveV3Arbitrum.sol', '009ca51fb712f079bcd8d773b6cc7d1412f85e1a'))],
    governance: governance(['0x89644CA1bB8064760312AE4F03ea41b05dA3637C'], '0xFF1137243698CaA18EE364Cc966CF0e02A4e6327', book('src/GovernanceV3Arbitrum.sol', '0a9daf2028e4ae9d9fd6aa923f84100eb7849257'), {
      governanceV2Executor: '0x7d9103572bE58FfE99dc390E8246f02dcAe6f611', // ARBITRUM_BRIDGE_EXECUTOR
    }),
  },
  {
    chainId: 8453,
    name: 'Base',
    pools: [v3('Aave v3 Base', '0xA238Dd80C259a72e81d7e4664a9801593F98d1c5', '0x5731a04B1E775f0fdd454Bf70f3335886e9A96be', '0x2Cc0Fc26eD4563A5ce5e8bdcfe1A2878676Ae156', '0x2d8A3C5677189723C4cB8873CfC9C8976FDF38Ac', book('src/AaveV3Base.sol', '03e04f0fd8012ca7cf74c2d7019fd544b8c0aac8'))],
    governance: governance(['0x2DC219E716793fb4b21548C0f009Ba3Af753ab01'], '0x9390B1735def18560c509E2d0bc090E9d6BA257a', book('src/GovernanceV3Base.sol', '1fa591df3a34e980a19074ee8c25fc680a94f659'), {
      governanceV2Executor: '0xA9F30e6ED4098e9439B2ac8aEA2d3fc26BcEbb45', // BASE_BRIDGE_EXECUTOR
    }),
  },
  {
    chainId: 1088,
    name: 'Metis',
    pools: [v3('Aave v3 Metis', '0x90df02551bB792286e8D4f13E0e357b4Bf1D6a57', '0x69FEE8F261E004453BE0800BC9039717528645A6', '0x38D36e85E47eA6ff0d18B0adF12E5fC8984A6f8e', '0x99411FC17Ad1B56f49719E3850B2CDcc0f9bBFd8', book('src/AaveV3Metis.sol', '02a6231d7562ccde696bde1aa59cc8cdd4fd6862'))],
    governance: governance(['0x2233F8A66A728FBa6E1dC95570B25360D07D5524'], '0x6fD45D32375d5aDB8D76275A3932c740F03a8718', book('src/GovernanceV3Metis.sol', '1fa591df3a34e980a19074ee8c25fc680a94f659'), {
      governanceV2Executor: '0x8EC77963068474a45016938Deb95E603Ca82a029', // METIS_BRIDGE_EXECUTOR
    }),
  },
  {
    chainId: 100,
    name: 'Gnosis',
    pools: [v3('Aave v3 Gnosis', '0xb50201558B00496A145fE76f7424749556E326D8', '0x7304979ec9E4EaA0273b6A037a31c4e9e5A75D16', '0xeb0a051be10228213BAEb449db63719d6742F7c4', '0xF1F5acB596568895393cB5E4D0452D6592A2fA70', book('src/AaveV3Gnosis.sol', '05f8ad4cb8daa9f82645b2fe879af6f07a7255e9'))],
    governance: governance(['0x9A1F491B86D09fC1484b5fab10041B189B60756b'], '0x1dF462e2712496373A347f8ad10802a5E95f053D', book('src/GovernanceV3Gnosis.sol', '3a9d494d1349ddd0e033e7b56614a05edaf1c79b')),
  },
  {
    chainId: 56,
    name: 'BNB Chain',
    pools: [v3('Aave v3 BNB', '0x6807dc923806fE8Fd134338EABCA509979a7e0cB', '0x67bdF23C7fCE7C65fF7415Ba3F2520B45D6f9584', '0x39bc1bfDa2130d6Bb6DBEfd366939b4c7aa7C697', '0x1e26247502e90b4fab9D0d17e4775e90085D2A35', book('src/AaveV3BNB.sol', '0844f72f0e9b724360e47a34ec34cf7c6fe31aa3'))],
    governance: governance(['0xE5EF2Dd06755A97e975f7E282f828224F2C3e627'], '0x9390B1735def18560c509E2d0bc090E9d6BA257a', book('src/GovernanceV3BNB.sol', '1fa591df3a34e980a19074ee8c25fc680a94f659')),
  },
  {
    chainId: 534352,
    name: 'Scroll',
    pools: [v3('Aave v3 Scroll', '0x11fCfe756c05AD438e312a7fd934381537D3cFfe', '0x32BCab42a2bb5AC577D24b425D46d8b8e0Df9b7f', '0x04421D8C506E2fA2371a08EfAaBf791F624054F3', '0xBEa2B648f05887eCbF1d115da8b7E4A317975A51', book('src/AaveV3Scroll.sol', '05f8ad4cb8daa9f82645b2fe879af6f07a7255e9'))],
    governance: governance(['0x6b6B41c0f8C223715f712BE83ceC3c37bbfDC3fE'], '0xc1ABF87FfAdf4908f4eC8dc54A25DCFEabAE4A24', book('src/GovernanceV3Scroll.sol', '28b678a3b8c037c547296d706400fa1479dcdede')),
  },
  {
    chainId: 324,
    name: 'zkSync Era',
    pools: [v3('Aave v3 zkSync', '0x78e30497a3c7527d953c6B1E3541b021A98Ac43c', '0x0207d31b4377C74bEC37356aaD83E3dCc979F40E', '0xC7F58Fca663a8d377B6D0c9703C697f56dC40088', '0x48B96565291d1B23a014bb9f68E07F4B2bb3Cd6D', book('src/AaveV3ZkSync.sol', '03e8c86f76a793793abda7717e2c8d4be3e9c1bd'))],
    // The address book's first zkSync release named 0x693E…1360 as PayloadsController; the payloads in the data use 0x2E79…96F1.
    governance: governance(['0x2E79349c3F5e4751E87b966812C9E65E805996F1'], '0x04cE39789e11a49595cD0ECEf6f4Bd54ABF4d020', book('src/GovernanceV3ZkSync.sol', '10472e5a2a137de16e93a743b21d52f60e2bae2e')),
  },
  {
    chainId: 59144,
    name: 'Linea',
    pools: [v3('Aave v3 Linea', '0xc47b8C00b0f69a36fa203Ffeac0334874574a8Ac', '0x812E7c19421D9f41A6DDCF047d5cc2dE2Ca5Bfa2', '0xCFDAdA7DCd2e785cF706BaDBC2B8Af5084d595e9', '0x2D97F8FA96886Fd923c065F5457F9DDd494e3877', book('src/AaveV3Linea.sol', '06623dcb7d8ad4838b5aeae740b7fa3f531e493f'))],
    // As on zkSync: the first address-book release had 0x6130…0149; the payloads in the data use 0x3BcE…e074.
    governance: governance(['0x3BcE23a1363728091bc57A58a226CF2940C2e074'], '0x8c2d95FE7aeB57b86961F3abB296A54f0ADb7F88', book('src/GovernanceV3Linea.sol', '17cb7e0243c27a7fcd95a45b694d8580ebe02868')),
  },
  {
    chainId: 42220,
    name: 'Celo',
    pools: [v3('Aave v3 Celo', '0x3E59A31363E2ad014dcbc521c4a0d5757d9f3402', '0x7567E3434CC1BEf724AB595e6072367Ef4914691', '0x1e693D088ceFD1E95ba4c4a5F7EeA41a1Ec37e8b', '0x2e0f8D3B1631296cC7c56538D6Eb6032601E15ED', book('src/AaveV3Celo.sol', '05f8ad4cb8daa9f82645b2fe879af6f07a7255e9'))],
    governance: governance(['0xE48E10834C04E394A04BF22a565D063D40b9FA42'], '0x1dF462e2712496373A347f8ad10802a5E95f053D', book('src/GovernanceV3Celo.sol', '128405bc7806c7e7c06234b39d2a8d2d7b5ffa35')),
  },
  {
    chainId: 146,
    name: 'Sonic',
    pools: [v3('Aave v3 Sonic', '0x5362dBb1e601abF3a4c14c22ffEdA64042E5eAA3', '0x50c70FEB95aBC1A92FC30b9aCc41Bd349E5dE2f0', '0xD63f7658C66B2934Bd234D79D06aEF5290734B30', '0xc0a344397cfa89dF1e1d3e4fb330834D789cF2CD', book('src/AaveV3Sonic.sol', '0a5217e1837a13813255b0bb745d87f2fedee420'))],
    governance: governance(['0x0846C28Dd54DEA4Fd7Fb31bcc5EB81673D68c695'], '0x7b62461a3570c6AC8a9f8330421576e417B71EE7', book('src/GovernanceV3Sonic.sol', '28b678a3b8c037c547296d706400fa1479dcdede'), {}, book('src/GovernanceV3Sonic.sol', '28b678a3b8c037c547296d706400fa1479dcdede')),
  },
  {
    chainId: 1868,
    name: 'Soneium',
    pools: [v3('Aave v3 Soneium', '0xDd3d7A7d03D9fD9ef45f3E587287922eF65CA38B', '0x1607FCeEc8dEbA4d5Da66D620b2363066d025a02', '0x20040a64612555042335926d72B4E5F667a67fA1', '0x4a24b44b252db149B5B9BCec4dc3c2752807d626', book('src/AaveV3Soneium.sol', '0b644880767a1a2df2f7110ac85f95b120ecbedd'))],
    governance: governance(['0x44D73D7C4b2f98F426Bf8B5e87628d9eE38ef0Cf'], '0x47aAdaAE1F05C978E6aBb7568d11B7F6e0FC4d6A', book('src/GovernanceV3Soneium.sol', 'cf0802bc0dd8333645049f12cf88f86013a58db1')),
  },
  {
    chainId: 5000,
    name: 'Mantle',
    pools: [v3('Aave v3 Mantle', '0x2e770EF8AbdEcA83D9310E2d3B3c2FdfFF5fd85A', '0x4fDE7000ac23033B0FD420098B8a83A9Ff52c33C', '0x6c23bAF050ec192afc0B967a93b83e6c5405df43', '0x9138E2cAdFEB23AFFdc0419F2912CaB8F135dba9', book('src/AaveV3Mantle.sol', '0844f72f0e9b724360e47a34ec34cf7c6fe31aa3'))],
    governance: governance(['0xF089f77173A3009A98c45f49D547BF714A7B1e01'], '0x70884634D0098782592111A2A6B8d223be31CB7b', book('src/GovernanceV3Mantle.sol', '286ac628a15f9bb1015b0c97642edfea59b0be00')),
  },
  {
    chainId: 57073,
    name: 'Ink',
    pools: [v3('Aave v3 Ink', '0x2816cf15F6d2A220E789aA011D5EE4eB6c47FEbA', '0x4f221e5c0B7103f7e3291E10097de6D9e3BfC02d', '0x4758213271BFdC72224A7a8742dC865fC97756e1', '0x96086C25d13943C80Ff9a19791a40Df6aFC08328', book('src/AaveV3Ink.sol', '801649ac9833de8a7aa4132cac64d4db33058788'))],
    governance: governance(['0x1dE9CB9420Dd1f2cCeFFf9393E126b800D413b7A', '0x44D73D7C4b2f98F426Bf8B5e87628d9eE38ef0Cf'], '0x47aAdaAE1F05C978E6aBb7568d11B7F6e0FC4d6A', book('src/GovernanceV3Ink.sol', '0816d42e77660dd225813c2d1db380e172646a38'), {}, `${SEATBELT_V3} (0x1dE9…); ${book('src/GovernanceV3Ink.sol', '0816d42e77660dd225813c2d1db380e172646a38')} (0x44D7…)`),
  },
  {
    chainId: 9745,
    name: 'Plasma',
    pools: [v3('Aave v3 Plasma', '0x925a2A7214Ed92428B5b1B090F80b25700095e12', '0xc022B6c71c30A8Ad52Dac504eFA132d13D99d2D9', '0x33E0b3fc976DC9C516926BA48CfC0A9E10a2aAA5', '0xf2D6E38B407e31E7E7e4a16E6769728b76c7419F', book('src/AaveV3Plasma.sol', '05f8ad4cb8daa9f82645b2fe879af6f07a7255e9'))],
    governance: governance(['0xe76EB348E65eF163d85ce282125FF5a7F5712A1d'], '0x47aAdaAE1F05C978E6aBb7568d11B7F6e0FC4d6A', book('src/GovernanceV3Plasma.sol', '427224b9754c9e093f65bc8a6952af22b5a01949')),
  },
]

const byChain = new Map(aaveChains.map((chain) => [chain.chainId, chain]))

/**
 * The Aave markets and governance of a chain, from `extra` (AAVE_DEPLOYMENTS: forks, testnets, a local chain) first,
 * then the built-in registry.
 *
 * @example
 * aaveChain(137)?.pools.map((pool) => pool.name) // ['Aave v3 Polygon', 'Aave v2 Polygon']
 */
export function aaveChain(chainId: number, extra: AaveChain[] = []): AaveChain | undefined {
  return extra.find((chain) => chain.chainId === chainId) ?? byChain.get(chainId)
}
