/**
 * What the generated Aave v3 Ethereum positions (31 Oct 2023) are calibrated to, and where each figure comes from.
 *
 * Per-asset supplied/borrowed amounts for that date were NOT found in a citable public source, so every total
 * is an ASSUMPTION: a share of the asset's supply or borrow cap (caps are real, from the config snapshot).
 * The shares lean on the cited facts below (LST caps were repeatedly filled; WETH borrow is driven by LST loops),
 * but they are not observations. fixtures/markets/README.md lists the same figures.
 */

export type CalibrationSource = { id: string; url: string; figure: string; usedFor: string }

export const calibrationSources: CalibrationSource[] = [
  {
    id: 'config-snapshot',
    url: 'https://github.com/bgd-labs/aave-proposals-v3/blob/b681de42adac45b9f8df586a0a8b53a7ca774fc4/reports/AaveV3Ethereum_UpgradeAaveV3ETHPooolWETHParameters_20231031_before.json',
    figure: 'Reserve configuration, caps and oracle answers of all 25 Aave v3 Ethereum reserves before the 2023-10-31 WETH payload',
    usedFor: 'every asset parameter and price (observed)',
  },
  {
    id: 'chainaegis-2023-04',
    url: 'https://100economy.com/article/18994.html',
    figure: 'Aave v3 Ethereum TVL above $1.1B with $474M borrowed on 28 Apr 2023 (ChainAegis)',
    usedFor: 'sanity floor only: the Oct 2023 market is assumed larger, not equal',
  },
  {
    id: 'llama-caps-2023-05',
    url: 'https://governance.aave.com/t/arfc-ethereum-v3-supply-cap-update-18-05-2023/13127',
    figure: 'wstETH supply cap 100% used and rETH 81.43% used (18 May 2023); LST deposits loop to borrow WETH',
    usedFor: 'high supply-cap utilisation assumed for LSTs; LST → WETH pairing weight',
  },
  {
    id: 'chaos-wsteth-caps-2023',
    url: 'https://governance.aave.com/t/arfc-chaos-labs-risk-stewards-increase-supply-caps-wsteth-arbitrum-and-ethereum/13735',
    figure: 'wstETH supply cap on Ethereum at 100% utilisation, raised 300K → 450K (2023)',
    usedFor: 'high supply-cap utilisation assumed for wstETH',
  },
  {
    id: 'arfc-weth-2023-10',
    url: 'https://governance.aave.com/t/arfc-upgrade-aave-v3-eth-pool-weth-parameters/15110',
    figure: 'WETH slope1 cut so leverage loops pay against stETH 3.3% / rETH 3.07% yields (13 Oct 2023)',
    usedFor: 'LST → WETH looping as the dominant WETH borrow pairing',
  },
  {
    id: 'chaos-weth-ir-2024-02',
    url: 'https://governance.aave.com/t/arfc-chaos-labs-update-weth-ir-on-v3-arbitrum-and-optimism-02-16-2024/16644',
    figure: '85%-90% of all WETH debt is backed by ETH LSTs (Feb 2024)',
    usedFor: 'check on the generated LST share of WETH debt (later date, stated)',
  },
  {
    id: 'chaos-caps-2024-11-21',
    url: 'https://governance.aave.com/t/arfc-chaos-labs-risk-stewards-increase-supply-and-borrow-caps-on-aave-v3-11-21-24/19899',
    figure: 'WBTC on Aave v3 Ethereum: largest supplier 3.7% of supply; USDT and USDC most borrowed against WBTC (Nov 2024)',
    usedFor: 'size-distribution concentration check; BTC → stablecoin pairing (later date, stated)',
  },
  {
    id: 'chaos-caps-2024-11-25',
    url: 'https://governance.aave.com/t/arfc-chaos-labs-risk-stewards-increase-supply-and-borrow-caps-on-aave-v3-11-25-24/19944',
    figure: 'wstETH on Aave v3 Ethereum: largest position 102.46K of 1.04M wstETH (~9.9%) (Nov 2024)',
    usedFor: 'size-distribution concentration check (later date, stated)',
  },
  {
    id: 'aave-v2-2021-sizes',
    url: 'https://dailybitcoinnews.com/aaves-avenue-to-over-11-billion-in-tvl/',
    figure: 'Aave (v2, 2021): median deposit $3,500 vs average $173,000',
    usedFor: 'evidence of a heavy-tailed (lognormal) account size; σ itself is set from the top-holder shares above',
  },
]

/** Share of the supply cap and of the borrow cap assumed filled on 31 Oct 2023. Assumptions, see above. */
export type CapUtilisation = { supply: number; borrow: number }

export const DEFAULT_CAP_UTILISATION: CapUtilisation = { supply: 0.4, borrow: 0.25 }

export const capUtilisation: Record<string, CapUtilisation> = {
  wstETH: { supply: 0.85, borrow: 0.3 },
  rETH: { supply: 0.8, borrow: 0.2 },
  cbETH: { supply: 0.8, borrow: 0.2 },
  WETH: { supply: 0.5, borrow: 0.4 },
  WBTC: { supply: 0.4, borrow: 0.15 },
  USDC: { supply: 0.25, borrow: 0.2 },
  USDT: { supply: 0.4, borrow: 0.35 },
  DAI: { supply: 0.3, borrow: 0.25 },
  sDAI: { supply: 0.1, borrow: 0 },
  GHO: { supply: 0, borrow: 0.75 },
}

/** Debt never exceeds this share of supply for a suppliable asset (Aave rates make near-100 % utilisation rare). */
export const MAX_SUPPLY_UTILISATION = 0.8

/**
 * Safety Module: stkAAVE held 18.8 % of the 16M AAVE supply ($480M, Feb 2024, aave-proposals-reports v3-199) and at most
 * 30 % of a staker's deposit can be slashed (Llama SM upgrade TEMP CHECK, Apr 2023). Priced at the snapshot's AAVE
 * oracle answer this gives the insurance layer; it protects all Aave markets, not only this one.
 */
export const safetyModule = {
  stakedShareOfSupply: 0.188,
  aaveTotalSupply: 16_000_000,
  maxSlashing: 0.3,
  sources: [
    'https://github.com/aave-dao/aave-proposals-reports/blob/master/reports/v3-199-aave-v3-Ethereum-reenable-rewards-stkAAVE.md',
    'https://gl.app/dao/aavedao.eth/proposals/0x8e60bbebf59a6911cd0d137aa06780aefc5b5b0cd0f8ccfa12427cf153f58b05',
  ],
}

/**
 * Share of borrowers whose collateral and debt are both in an eMode category (on 31 Oct 2023: category 1 "ETH
 * correlated", WETH / wstETH / cbETH / rETH) that are in it. An assumption, resting on: Chaos Labs on Aave v3 Ethereum
 * (Apr 2024, a later date) — weETH's "nearly exclusive utilization in e-mode" and WETH being 92 % of the value
 * borrowed against it (Oct 2024); a loop outside eMode would borrow against LTV 78.5 % instead of 90 % at no gain. The
 * generated LST-backed share of WETH debt is checked against the cited 85–90 % (fixtures/markets/README.md).
 */
export const E_MODE_SHARE = 0.9

export const eModeSources = [
  'https://governance.aave.com/t/arfc-updating-weeth-risk-parameters/17402/4',
  'https://governance.aave.com/t/arfc-chaos-labs-risk-stewards-increase-supply-caps-on-aave-v3-10-18-24/19512',
]

/**
 * What the liquidity curve of an asset rests on. `points`: one "slippage at size" statement (linear through the
 * origin, CompiledLiquidity). `constant-product`: a pool depth. `same-as`: another asset's curve. `cap-method`: no
 * figure found; Chaos Labs' listing method (supply cap ≈ 2× what can be liquidated within the bonus) read backwards.
 * `label` says whether the figure was observed for this asset at about this date, stands in from another date, venue
 * or asset (`proxy`), or is an assumption.
 */
export type LiquidityFigure = { label: 'observed' | 'proxy' | 'derived' | 'assumption'; source: string } & (
  | { curve: 'points'; sizeUsd: number; slippage: number }
  | { curve: 'points-tokens'; sizeTokens: number; of: string; slippage: number }
  | { curve: 'constant-product'; depthUsd: number }
  | { curve: 'same-as'; symbol: string }
  | { curve: 'cap-method' }
)

/** A proposal text in bgd-labs/aave-proposals-v3 (collected in ../shared/data/dex-liquidity-figures-aave-proposals.json). */
const proposalText = (path: string, commit: string) => `bgd-labs/aave-proposals-v3 src/${path} @ ${commit}`
const USDT_100M =
  'Chaos Labs, 30 Dec 2024: "a 100M USDT sell for USDC incurring less than 1% slippage" on Ethereum (https://governance.aave.com/t/arfc-chaos-labs-risk-stewards-increase-supply-and-borrow-caps-on-aave-v3-12-30-24/20463)'
const LST_PAIR =
  'Balancer quote for a 7,500 wstETH → rETH swap on Ethereum: 1.51 % slippage (CronFi for Nouns DAO proposal 320, mid-2023, https://mirror.xyz/0x70626a.eth/ySGe0TXyZVvOOjIdWnmy8Vx_h-ssJ-gEI_kR0I9Pj3c)'

/** Liquidity per collateral asset (and GHO, bought to repay its debt); assets not listed use `cap-method`. */
export const liquidityFigures: Record<string, LiquidityFigure> = {
  USDT: { curve: 'points', sizeUsd: 100_000_000, slippage: 0.01, label: 'proxy', source: `${USDT_100M}; a later date than the state` },
  USDC: { curve: 'points', sizeUsd: 100_000_000, slippage: 0.01, label: 'proxy', source: `USDT's figure (${USDT_100M}): the same Curve/Uniswap stable pools, a later date` },
  DAI: { curve: 'points', sizeUsd: 100_000_000, slippage: 0.01, label: 'proxy', source: `USDT's figure (${USDT_100M}): DAI trades in the same Curve 3pool, a later date` },
  sDAI: { curve: 'same-as', symbol: 'DAI', label: 'derived', source: "sDAI redeems for DAI at the DSR rate in one call (ERC-4626 redeem), so a liquidator sells it through DAI's liquidity" },
  GHO: { curve: 'points', sizeUsd: 5_000_000, slippage: 0.001, label: 'proxy', source: `Aave Liquidity Committee, Mar 2024: "$5M Swap (GHO to USDC) < 0.10%" price impact on Ethereum (${proposalText('20240306_AaveV3Ethereum_AaveLiquidityCommiteeFunding/AaveLiquidityCommiteeFunding.md', 'e7ca7963d0ae0f766845ff30ab4ff17650be0823')}); a later date` },
  wstETH: { curve: 'points-tokens', sizeTokens: 7_500, of: 'wstETH', slippage: 0.0151, label: 'observed', source: LST_PAIR },
  rETH: { curve: 'points-tokens', sizeTokens: 7_500, of: 'wstETH', slippage: 0.0151, label: 'observed', source: `${LST_PAIR}: the rETH side of the pair` },
  cbETH: { curve: 'points-tokens', sizeTokens: 7_500, of: 'wstETH', slippage: 0.0151, label: 'proxy', source: `another ETH LST's figure (${LST_PAIR})` },
  WBTC: {
    curve: 'points',
    sizeUsd: 50_000_000,
    slippage: 0.0253,
    label: 'proxy',
    source: `Chaos Labs, Oct 2025: "Coinbase orderbooks can absorb over $50 million of sell orders within 5% of the mid-price" (BTC, ${proposalText('20251007_AaveV3Base_AdditionOfCbBTCStablecoinEModeToAaveV3BaseInstance/AdditionOfCbBTCStablecoinEModeToAaveV3BaseInstance.md', '4fc1c4e302e911bbadfec5f8c46910d2ef83facd')}); a 5 % price impact is 1 − √0.95 = 2.53 % average slippage (compileLiquidity.priceImpactAt). Another venue and date; WBTC is arbitraged to BTC`,
  },
  WETH: {
    curve: 'points',
    sizeUsd: 100_000_000,
    slippage: 0.01,
    label: 'assumption',
    source: `no citable Oct 2023 figure found; assumed as deep as the stablecoin figure (${USDT_100M}): ETH/USD is Ethereum's deepest volatile market and traded $10B a day against USDC's $3.5B (Chaos Labs, Apr 2023, 180-day averages, https://governance.aave.com/t/arfc-aave-v3-deployment-on-bnb-chain/12609/5)`,
  },
  AAVE: { curve: 'points', sizeUsd: 1_000_000, slippage: 0.0077, label: 'proxy', source: `"Price impact of just 0.77% for $1m ETH/AAVE trades" on Base (May 2025, ${proposalText('20250507_AaveV3Base_AddAAVETokenToAaveV3BaseInstance/AddAAVETokenToAaveV3BaseInstance.md', 'd469f07acb3dbec77ecfe0a9ac6d03d819b5ab43')}); Ethereum is deeper, so this errs thin` },
  CRV: {
    curve: 'constant-product',
    depthUsd: 35_000_000,
    label: 'proxy',
    source:
      'about $35M of total DEX buy power for CRV (commentary, June 2023, https://tgstat.com/channel/@crab_notes/934), as a constant-product depth; before the Vyper exploit drained the CRV/ETH pool (30 Jul 2023), so Oct 2023 was likely thinner',
  },
}

/** The Chaos Labs listing method the `cap-method` assumption reads backwards. */
export const CAP_METHOD_SOURCE =
  'Chaos Labs cap methodology: "setting the Supply Cap at 2x the liquidity available under the Liquidation Penalty price impact" (https://governance.aave.com/t/chaos-labs-aave-v3-supply-cap-methodology/11141; ' +
  `${proposalText('20240528_AaveV3Optimism_ChaosLabsParameterRecommendationsSUSDOnV3Optimism/ChaosLabsParameterRecommendationsSUSDOnV3Optimism.md', 'ad5c895c51906be7b3ab7d2e61e6570644f3cbf5')})`
