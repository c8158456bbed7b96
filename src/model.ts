// The shared types of Firebreak (see DESIGN.md, "The model"). Types only: no logic lives here.
//
// Conventions
// - Ratios are fractions as decimal strings ("0.825"); a liquidation bonus is the excess ("0.05").
// - Caps and balances are token units as decimal strings ("1500000.5"); prices are USD decimal strings.
// - On-chain integers stay bigint until decoded; the engine turns these strings into numbers.

export type Address = `0x${string}`
export type Hex = `0x${string}`
/** A decimal number written as a string, so it survives JSON exactly. */
export type DecimalString = string

export type ProtocolFamily = 'aave-v2' | 'aave-v3' | 'compound-v2' | 'compound-v3'

export type ProposalSource =
  | 'governor' // OpenZeppelin Governor
  | 'governor-bravo' // Compound GovernorBravo
  | 'aave-governance-v2'
  | 'aave-governance-v3'
  | 'aave-payloads-controller'
  | 'snapshot'
  | 'discourse'
  | 'api' // posted to POST /v1/check
  | 'cli'
  | 'fixture'

/** One call a proposal makes when it executes. */
export type Action = {
  target: Address
  /** wei, as a decimal string */
  value: string
  /** GovernorBravo style: "setX(uint256)" with `calldata` holding the arguments only; "" otherwise. */
  signature: string
  calldata: Hex
  withDelegateCall: boolean
  /** Aave governance v3 ExecutionAction: the executor level that runs it (1 = risk and listings, 2 = governance). */
  accessLevel?: number
}

export type Proposal = {
  source: ProposalSource
  chainId: number
  /** Governor, payloads controller or Snapshot space. */
  governor?: string
  id: string
  url?: string
  title: string
  body?: string
  actions: Action[]
  /** The executor the actions run as, when the source names it (Aave governance v2 proposals do). */
  executor?: Address
  /**
   * Changes read from the proposal's text (a forum post's or Snapshot body's parameter tables) rather than
   * decoded from calldata: lets a change be checked while it is still being discussed. `action` is -1.
   */
  changes?: ParameterChange[]
}

export type ParameterName =
  | 'collateralFactor' // borrow power: Aave LTV, Compound collateral factor, Comet borrowCollateralFactor
  | 'liquidationThreshold' // Aave LT, Comet liquidateCollateralFactor
  | 'liquidationBonus' // excess paid to a liquidator: Aave LB − 1, Compound incentive − 1, Comet 1 − liquidationFactor
  | 'liquidationProtocolFee'
  | 'supplyCap'
  | 'borrowCap'
  | 'debtCeiling'
  | 'reserveFactor'
  | 'oracle' // a price source (address)
  | 'frozen'
  | 'paused'
  | 'borrowingEnabled'
  | 'collateralEnabled'
  | 'closeFactor'
  | 'eModeCategory'
  | 'listed'
  | 'active' // Aave reserve active flag: an inactive reserve allows no action at all
  | 'supplyPaused' // Compound v2 mint guardian: new supply blocked, everything else allowed
  | 'transferPaused' // Compound v2 market-wide transfer guardian
  | 'seizePaused' // Compound v2 market-wide seize guardian: liquidations cannot seize collateral

export type ParameterChange = {
  protocol: ProtocolFamily
  chainId: number
  /** Pool, Comptroller or Comet the change applies to. */
  market: Address
  /** The asset (underlying, cToken, or collateral token); null for market-wide parameters. */
  asset: Address | null
  symbol?: string
  param: ParameterName
  before?: string
  after: string
  /** Index of the proposal action this change came from. */
  action: number
  /**
   * Aave v3 eMode: when set, the change applies to this eMode category (its LTV, threshold, bonus,
   * price source, or an asset's membership in it), not to the asset's own reserve parameters.
   */
  eModeCategory?: number
  /** Anything a reader must know: "takes effect after deployAndUpgradeTo", "units: whole tokens". */
  note?: string
}

/** A call that could not be decoded. It turns a verdict to REVIEW; it is never skipped silently. */
export type UnknownAction = {
  action: number
  target: Address
  selector: Hex | null
  signature?: string
  reason: string
}

export type DecodedProposal = {
  changes: ParameterChange[]
  unknown: UnknownAction[]
  /** Payload actions run on a chain to find their changes (src/protocols/aave/simulateProposalPayloads.ts). */
  simulations?: PayloadSimulation[]
}

/** How one payload action's changes were found on a chain, so a verdict can say it and anyone can re-run it. */
export type PayloadSimulation = {
  action: number
  chainId: number
  payload: Address
  executor: Address
  /** The block it ran at, as a decimal string. */
  blockNumber: string
  /** 'probe': executed by the state-override probe; 'config-engine-views': read from the payload's view functions. */
  method: 'probe' | 'config-engine-views'
  /** The pools whose configuration was compared. */
  pools: Address[]
  /** Why the probe could not run, when the view functions were read instead. */
  fallbackReason?: string
  /** The payload reverted: its changes are unknown. */
  reverted?: string
  /** Fields the payload changes that have no Firebreak parameter (flash loans, interest-rate strategies, …). */
  unmodelled: { asset: Address; symbol?: string; field: string; before: string; after: string }[]
  /** True when the result was read from the store instead of simulated again. */
  cached?: boolean
}

// ───────────────────────────── Market state ─────────────────────────────

/**
 * How a price source turns the market into an answer: 'chainlink' (a feed with deviation threshold and heartbeat),
 * 'twap' (an on-chain time-weighted average), 'fixed' (a hard-coded answer), 'exchange-rate' (an on-chain rate × the
 * underlying's feed, e.g. wstETH = stETH per wstETH × ETH/USD, ERC-4626 convertToAssets × feed), 'capo' (Aave's
 * price-cap adapters: an exchange rate whose growth is capped, or a stablecoin feed capped at a price), 'unknown'.
 */
export type OracleKind = 'chainlink' | 'twap' | 'fixed' | 'capo' | 'exchange-rate' | 'unknown'

export type OracleInfo = {
  address: Address
  kind: OracleKind
  decimals?: number
  description?: string
  /** Seconds between forced updates (Chainlink heartbeat). */
  heartbeatSeconds?: number
  /** Fractional move that forces an update (Chainlink deviation threshold), e.g. "0.005". */
  deviationThreshold?: DecimalString
  /** TWAP window in seconds, for on-chain TWAP sources. */
  twapWindowSeconds?: number
  /** Latest answer, USD per whole token, and when it was written (unix seconds). */
  answer?: DecimalString
  updatedAt?: number
  /** Hard-coded answer bounds of the aggregator (USD per token): below minAnswer the feed keeps reporting minAnswer. */
  minAnswer?: DecimalString
  maxAnswer?: DecimalString
  /** Why the source could not be read (e.g. "getUnderlyingPrice(cETH) reverted"); present = the source fails. */
  readError?: string
  /** Independent price sources behind the answer: 1 = a single venue or reporter; absent = not known. */
  sources?: number
  /**
   * 'exchange-rate' and rate 'capo' sources: the symbol (an asset of the same market) whose feed the rate multiplies, e.g.
   * "WETH" for wstETH. Other kinds: the asset whose market the feed reads when it is not the priced asset itself (an LST
   * priced by ETH/USD, an eMode category's price source); absent = the priced asset's own market.
   */
  underlying?: string
  /** 'exchange-rate' and rate 'capo' sources: units of the underlying per token at the state's block (e.g. "1.1412"). */
  exchangeRate?: DecimalString
  /**
   * Rate 'capo' sources (Aave PriceCapAdapterBase): the reported rate is at most
   * snapshotRatio · (1 + maxYearlyGrowth · (t − snapshotTimestamp) / 1 year); above it the adapter reports the cap.
   */
  rateCap?: { snapshotRatio: DecimalString; snapshotTimestamp: number; maxYearlyGrowth: DecimalString }
  /** Stablecoin 'capo' sources (Aave PriceCapAdapterStable): the largest USD price reported; below it the feed passes through. */
  priceCap?: DecimalString
  /** For on-chain TWAP sources: the pool read and its depth, so the cost to move the price can be computed. */
  pool?: {
    address: Address
    kind: 'uniswap-v2' | 'uniswap-v3' | 'orderbook'
    /** USD value of the quote-side reserve (for v3: of the liquidity active around the price). */
    quoteReserveUsd: DecimalString
    /** Swap fee as a fraction, e.g. "0.003". */
    fee: DecimalString
    /** Seconds per block on the pool's chain (12 on Ethereum). */
    blockSeconds: number
    source: string
  }
}

export type AssetState = {
  address: Address
  symbol: string
  decimals: number
  /** USD per whole token. */
  price: DecimalString
  collateralFactor: DecimalString
  liquidationThreshold: DecimalString
  liquidationBonus: DecimalString
  liquidationProtocolFee: DecimalString
  reserveFactor: DecimalString
  /** Token units; "0" means no cap. */
  supplyCap: DecimalString
  borrowCap: DecimalString
  /** USD; "0" means not in isolation mode. */
  debtCeiling: DecimalString
  frozen: boolean
  paused: boolean
  borrowingEnabled: boolean
  collateralEnabled: boolean
  totalSupply: DecimalString
  totalDebt: DecimalString
  oracle: OracleInfo
  /** Assets that should hold a peg (stablecoins to USD, LSTs to ETH) and what they peg to. */
  peg?: { to: string }
}

/** One account's balances in a market, token units keyed by asset symbol. */
export type Position = {
  account: string
  collateral: Record<string, DecimalString>
  debt: Record<string, DecimalString>
  /** Aave v3: the eMode category the account entered (MarketState.eModeCategories); absent or 0 = none. */
  eModeCategory?: number
}

/**
 * An Aave v3 efficiency-mode category: an account in it uses the category's LTV, threshold and bonus for the category's
 * assets (GenericLogic.calculateUserAccountData, LiquidationLogic), and — v3.0/3.1 — prices them by its source if set.
 */
export type EModeCategory = {
  id: number
  label: string
  /** The category's LTV (borrow power), a fraction. */
  collateralFactor: DecimalString
  liquidationThreshold: DecimalString
  /** Excess paid to a liquidator, as for a reserve ("0.01" for 1 %). */
  liquidationBonus: DecimalString
  /** v3.0/3.1 `priceSource`: one oracle prices every member asset for accounts in the category; absent = each asset's own. */
  priceSource?: OracleInfo
  /** Symbols whose collateral takes the category's parameters (v3.0/3.1: the reserves whose eModeCategory is this id). */
  assets: string[]
  /** v3.2+ borrowable bitmap: symbols an account in the category may borrow; absent = `assets` (v3.0/3.1). */
  borrowable?: string[]
}

/**
 * How much it costs to sell an asset for the debt asset: price impact as a function of size.
 * `points` are (size in USD, fractional slippage) read from public "slippage at size" statements,
 * interpolated; `constant-product` is an x·y=k pool with the given USD depth on each side.
 */
export type LiquidityCurve =
  | { kind: 'constant-product'; depthUsd: DecimalString; source: string }
  | { kind: 'points'; points: { sizeUsd: DecimalString; slippage: DecimalString }[]; source: string }
  /**
   * Cont & Schaanning (2017) fire-sale impact: selling q (USD at the pre-sale price) moves the price by
   * Ψ(q) = (1 − B/S)(1 − e^(−q/δ)), δ = (1 − B/S)·D, with market depth D = c · ADV/σ · √τ.
   */
  | {
      kind: 'cont-schaanning'
      /** ADV: average daily traded volume, USD. */
      averageDailyVolumeUsd: DecimalString
      /** σ: daily volatility of returns, as a fraction ("0.05"). */
      dailyVolatility: DecimalString
      /** τ: the liquidation horizon, days. */
      horizonDays: DecimalString
      /** c: the depth constant of D = c·ADV/σ·√τ. */
      depthConstant: DecimalString
      /** B/S: the price floor the sale cannot push below, as a fraction of the current price. */
      floorPriceRatio: DecimalString
      source: string
    }

export type Provenance = {
  chainId: number
  block?: number
  timestamp: string
  source: string
  /** True when any part of the state (positions, totals) was generated rather than read. */
  generated: boolean
  notes?: string
  /** sha-256 over the canonical JSON of the state without this field. */
  contentHash?: string
  /** For generated parts: the generator and its inputs, so anyone can regenerate them. */
  generator?: { name: string; version: string; seed: number; accounts?: number }
  /** Public figures a generated part was calibrated to, each with where it was published. */
  calibration?: { id: string; url: string; figure: string; usedFor: string }[]
}

export type MarketState = {
  protocol: ProtocolFamily
  chainId: number
  market: Address
  name: string
  assets: AssetState[]
  positions: Position[]
  liquidity: Record<string, LiquidityCurve>
  /** USD available to absorb bad debt, in the order they are drawn. */
  reserves: {
    protocolReserves: DecimalString
    insuranceFund: DecimalString
    source: string
  }
  /**
   * Borrowers a bounded load saw but did not load one by one, summed at the same block (see the loaders in
   * src/protocols/<family>/load…State.ts). Absent when positions were not read from a chain.
   */
  positionsTail?: {
    /** Accounts with debt left out of `positions`. */
    accounts: number
    collateralUsd: DecimalString
    debtUsd: DecimalString
    /** Accounts named by events that the loader did not measure at all (beyond its bound). */
    unmeasuredAccounts: number
    source: string
  }
  /** Aave: close factor rules live in the engine; Compound v2 keeps it as a market parameter. */
  closeFactor?: DecimalString
  /**
   * Properties of oracles that a proposal may switch to, keyed by lower-case address, or by "address:asset" (both
   * lower-case) where one oracle contract answers per asset (Compound's price oracle). Read by src/protocols/oracle.
   */
  oracles?: Record<string, OracleInfo>
  /** Aave v3 eMode categories (Position.eModeCategory names one); absent = none. */
  eModeCategories?: EModeCategory[]
  /** The exposure graph the systemic layer reads, when not the default one (fixtures/systemic/ethereum-exposures.json). */
  exposureGraph?: ExposureGraph
  provenance: Provenance
}

// ───────────────────────────── Systemic layer ─────────────────────────────

export type ExposureNodeKind = 'market' | 'stablecoin' | 'lst' | 'vault' | 'bridge' | 'token'

/** A protocol or token in the exposure graph. `sizeUsd` is the value whose fractional loss is its distress. */
export type ExposureNode = {
  id: string
  name: string
  kind: ExposureNodeKind
  chain: string
  sizeUsd: DecimalString
  /** For a bridged token: the bridge it depends on (its failure reaches every chain the token lives on). */
  bridge?: string
  /** For a lending market: the market address, so a ParameterChange can be matched to it. */
  market?: Address
  /** Where the weekly systemic report reads this node from a chain (src/protocols/chain/readExposureGraph.ts). */
  onChain?: ExposureNodeOnChain
  source: string
  generated?: boolean
}

/**
 * How a node is read from its chain. A market is read whole (its holdings become collateral edges to the nodes whose
 * `tokens` it holds); a token's size is `supply.token`'s total supply at the USD price of that token (or of
 * `priceAs`) in a market read on the same chain; a bridge's is what `escrow.holder` holds of `escrow.token`.
 */
export type ExposureNodeOnChain = {
  chainId: number
  /** Markets: the protocol family of `market` (the loaders in src/protocols/loadMarketState.ts). */
  protocol?: 'aave-v3' | 'compound-v2' | 'comet'
  /** Tokens that are claims on this node on its chain (stETH and wstETH for Lido): what a market's holdings match. */
  tokens?: Address[]
  supply?: { token: Address; priceAs?: Address }
  escrow?: { token: Address; holder: Address }
}

/**
 * `holder` holds or accepts `held`: a market accepts an LST as collateral (kind 'collateral': the debt it backs is
 * amountUsd × collateralFactor), a stablecoin is backed by deposits in a market ('backing'), a vault deposits in a
 * market ('deposit'), a bridged token depends on its bridge ('bridge').
 */
export type ExposureEdge = {
  holder: string
  held: string
  kind: 'collateral' | 'backing' | 'deposit' | 'bridge'
  amountUsd: DecimalString
  collateralFactor?: DecimalString
  /** For collateral edges: the token's address in the holder market, to match proposal changes. */
  asset?: Address
  symbol?: string
  source: string
  generated?: boolean
}

export type ExposureGraph = {
  id: string
  asOf: string
  nodes: ExposureNode[]
  edges: ExposureEdge[]
  source: string
}

/** One node's systemic importance in a report: what its failure costs the others. */
export type SystemicNodeIndex = {
  id: string
  name: string
  kind: ExposureNodeKind
  chain: string
  sizeUsd: number
  /** Linear DebtRank of its default (Bardoscia et al. 2015) and the single-hit lower bound (Battiston et al. 2012). */
  debtRank: number
  debtRankSingleHit: number
  /** USD the other nodes lose through propagation (linear DebtRank). */
  spreadLossUsd: number
  /** Eisenberg–Noe clearing: what the others leave unpaid, and which of them default. */
  clearingShortfallUsd: number
  defaults: string[]
  /** Nodes its loss reaches. */
  reached: number
  /** The longest path of the spread, in words ("" when nothing is reached). */
  path: string
}

/** The weekly systemic-risk report: every node's contagion index over one exposure graph, and what moved since the last one. */
export type SystemicReport = {
  /** sha-256 of the graph hash, the engine version and the week, shortened: the same inputs give the same id. */
  id: string
  /** ISO 8601 week, "2026-W48". */
  week: string
  headline: string
  /** Largest spread first. */
  nodes: SystemicNodeIndex[]
  /** The largest losses in words, with the way they travel: "stETH (Lido) → Aave v3 Ethereum: $1.18B lost by Aave v3 Ethereum". */
  largestPaths: string[]
  /** Since the previous report (absent for the first): per node, the spread before and after; nodes added and gone. */
  changes?: {
    previousWeek: string
    graphChanged: boolean
    nodes: { id: string; name: string; spreadLossUsdBefore: number; spreadLossUsdAfter: number }[]
    added: string[]
    removed: string[]
  }
  graph: ExposureGraph
  provenance: {
    graphHash: string
    engineVersion: string
    /** What was read from chains (chain, block) and what came from the fixture. */
    reads: { chainId: number; block: number; what: string }[]
    createdAt: string
  }
}

// ───────────────────────────── Scenarios and reports ─────────────────────────────

export type NetworkConditions = {
  gasPriceGwei: number
  /** Gas per block that liquidators can use. */
  blockGasForLiquidations: number
  /** Gas one liquidation costs. */
  gasPerLiquidation: number
  /** USD per ETH, to price gas. */
  ethPriceUsd: number
  blocksPerStep: number
}

export type Scenario = {
  id: string
  kind: 'shock' | 'historical' | 'monte-carlo' | 'broken-peg'
  label: string
  /** Multiplicative price paths per asset symbol, one entry per step (1 = unchanged). Assets absent stay put. */
  paths: Record<string, number[]>
  network: NetworkConditions
  /** Weight in aggregates; equal weights when absent. */
  weight?: number
  /** Seconds one path step lasts (oracle heartbeats and TWAP windows are read against it); 4 hours when absent. */
  stepSeconds?: number
}

export type ScenarioSet = {
  id: string
  /** sha-256 over the canonical JSON of the scenarios. */
  hash: string
  seed: number
  scenarios: Scenario[]
}

export type ScenarioResult = {
  scenario: string
  /** The largest price move (fraction, negative = drop) among the assets that moved. */
  shock: number
  badDebtUsd: number
  liquidatedUsd: number
  liquidations: number
  failedLiquidations: number
  reservesDrawUsd: number
  insuranceDrawUsd: number
  socialisedLossUsd: number
  cascadeDepth: number
  /** Extra price move caused by liquidation selling, as a fraction of price. */
  priceImpact: number
  /** Per step of the scenario: the main collateral asset's market price (USD) at the step's end, liquidated debt and bad debt so far (USD). */
  cascade?: CascadeStep[]
  /** The asset whose price `cascade` records: the market's largest collateral by value. */
  cascadeAsset?: string
  /** USD of liquidation value lost to slippage and gas. */
  frictionUsd?: number
  /** USD (market value) of collateral seized and sold by liquidators. */
  seizedUsd?: number
  /** Final move of the main collateral asset including liquidation selling, over the move the scenario imposed (1 = no amplification). */
  amplification?: number
  /** Steps during which a circuit breaker paused liquidations. */
  pausedSteps?: number
}

export type CascadeStep = { step: number; price: number; liquidatedUsd: number; badDebtUsd: number }

export type StressAggregate = {
  scenarios: number
  expectedBadDebtUsd: number
  maxBadDebtUsd: number
  var95Usd: number
  var99Usd: number
  es95Usd: number
  es99Usd: number
  liquidatedUsd: number
  /** Share of scenarios whose bad debt exceeds protocol reserves and insurance together. */
  probabilityOfInsolvency: number
  /** 95th percentile of debt liquidated in a scenario (liquidations at risk), USD. */
  liquidationsAtRisk95Usd?: number
  /** Share of seized collateral value lost to slippage and gas, over all scenarios. */
  friction?: number
  /** Mean cascade amplification over scenarios that moved the main collateral asset by 1 % or more. */
  cascadeAmplification?: number
  /** Mean number of liquidations that were due but did not happen (unprofitable, out of gas, paused) per scenario. */
  failedLiquidations?: number
  /** Mean socialised loss to suppliers per scenario, USD. */
  expectedSocialisedLossUsd?: number
}

export type StressReport = {
  engineVersion: string
  scenarioSetHash: string
  seed: number
  stateHash: string
  results: ScenarioResult[]
  aggregate: StressAggregate
}

// ───────────────────────────── Verdicts ─────────────────────────────

export type VerdictLevel = 'PASS' | 'CAUTION' | 'FAIL' | 'REVIEW'
export type Severity = 'info' | 'warning' | 'critical' | 'review'

export type Finding = {
  check: string
  severity: Severity
  title: string
  /** Why it matters, in one or two sentences. */
  why: string
  metric?: { name: string; before: string; after: string; unit: string }
}

export type Recommendation = {
  asset: string
  param: ParameterName
  proposed: string
  largestSafe: string
  why: string
  /** A closed-form cross-check beside the simulation's value, where its inputs are known (src/verdict/smartLtvOpinion.ts). */
  secondOpinion?: SecondOpinion
}

export type SecondOpinion = {
  method: string
  /** The method's largest safe value, as a fraction. */
  value: DecimalString
  /** The confidence level the proposed value implies under the same method. */
  impliedConfidence?: DecimalString
  why: string
}

export type Verdict = {
  id: string
  level: VerdictLevel
  headline: string
  proposal: Pick<Proposal, 'source' | 'chainId' | 'governor' | 'id' | 'title' | 'url'>
  changes: ParameterChange[]
  unknown: UnknownAction[]
  /** Payload actions simulated on a chain, and how. */
  simulations?: PayloadSimulation[]
  findings: Finding[]
  recommendation?: Recommendation
  metrics: { before: StressAggregate; after: StressAggregate }
  /**
   * Per-scenario results (every stress scenario and the worst Monte Carlo tail, with their step-by-step cascades): the
   * full dump, kept in the store and returned by `--full` / `?full=1`, not by default.
   */
  scenarios: { before: ScenarioResult[]; after: ScenarioResult[] }
  /** What the page's charts draw, computed over every scenario run. Absent on verdicts stored before it existed. */
  charts?: VerdictCharts
  /** True when the changes were given directly (a pre-check), not decoded from a proposal's actions. */
  precheck?: boolean
  provenance: {
    stateHash: string
    scenarioSetHash: string
    seed: number
    engineVersion: string
    market: string
    createdAt: string
  }
}

/**
 * The figures behind a verdict's charts, reduced from every scenario run to a few kilobytes: the bad debt against one
 * named shock variable, the whole bad-debt distribution as a histogram, and one multi-step cascade, before and after.
 */
export type VerdictCharts = {
  /** The market's largest collateral asset by value: the shock chart's x-axis and the cascade's price follow it. */
  mainCollateral: string
  /** Whether the main collateral holds a USD peg (then the shock grid leaves it still, and the x-axis is the grid's drop). */
  mainCollateralPegged: boolean
  shock: ShockPoint[]
  distribution: BadDebtHistogram
  /** Absent when no scenario has two or more steps, or the engine did not record them. */
  cascade?: CascadeChart
}

/**
 * One scenario on the bad-debt-against-shock chart. 'shock': the shock grid, every non-stable asset falling by `drop` at
 * once; 'historical': a replayed window, `drop` being the main collateral's largest fall within it (0 when it rose).
 */
export type ShockPoint = { scenario: string; kind: 'shock' | 'historical'; drop: number; before: number; after: number }

/**
 * Bad debt over every scenario run, before and after, in shared bins (1–3–10 steps of USD). Counts are scenarios
 * (weighted, scaled to the scenario count, when a set weighs its scenarios unequally).
 */
export type BadDebtHistogram = {
  scenarios: number
  /** Scenarios ending with less than `edgesUsd[0]` of bad debt: none to speak of. */
  none: { before: number; after: number }
  /** Ascending USD bin edges; bin i counts bad debt in [edgesUsd[i], edgesUsd[i + 1]). */
  edgesUsd: number[]
  before: number[]
  after: number[]
}

/** One multi-step scenario step by step, before and after: the main collateral's price, liquidations and bad debt. */
export type CascadeChart = {
  scenario: string
  kind: Scenario['kind']
  label: string
  /** 'change': the scenario whose bad debt the change moves most; 'worst': the one with most bad debt after (the change moves none). */
  selectedBy: 'change' | 'worst'
  stepSeconds: number
  /** The main collateral's price when the scenario starts, USD (each step's `price` is at the step's end). */
  startPrice: number
  before: CascadeStep[]
  after: CascadeStep[]
}
