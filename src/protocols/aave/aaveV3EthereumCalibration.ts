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
