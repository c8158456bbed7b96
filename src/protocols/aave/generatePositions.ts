import Decimal from 'decimal.js'
import type { AssetState, DecimalString, EModeCategory, Position } from '../../model.ts'
import { mulberry32 } from '../../engine/random/mulberry32.ts'
import { sampleStandardNormal } from '../../engine/random/sampleStandardNormal.ts'

export const GENERATE_POSITIONS_NAME = 'aave-v3-generatePositions'
export const GENERATE_POSITIONS_VERSION = '1.0.0'

export type GeneratePositionsParameters = {
  /** Prices, liquidation thresholds, flags, pegs and debt ceilings are read from here. */
  assets: AssetState[]
  /** Calibrated totals per symbol, token units: what the generated positions must add up to. */
  targets: Record<string, { supply: number; debt: number }>
  /** Symbols an isolated collateral may borrow (Aave v3 `isBorrowableInIsolation`). */
  borrowableInIsolation: string[]
  seed: number
  /** Number of accounts, borrowers and supply-only together. */
  accounts: number
  /** σ of the lognormal account size within a (collateral, debt) pairing; default 1.3 (see fixtures/markets/README.md). */
  sizeSigma?: number
  /** Share of accounts that borrow; default 0.65. */
  borrowerShare?: number
  /**
   * Optional Aave v3 eMode: each borrower whose collateral and debt are both in one of `categories` (collateral in
   * `assets`, debt in `borrowable ?? assets`) enters that category with probability `share`; its health factor is then
   * drawn against the category's threshold (more debt on the same collateral) and the position carries `eModeCategory`.
   * Absent: no account is in eMode, and the positions are exactly those of a run without this parameter.
   */
  eMode?: { categories: EModeCategory[]; share: number }
}

export type GeneratePositionsReturnType = {
  positions: Position[]
  /** Sums of the generated positions, token units, per symbol. */
  totals: Record<string, { supply: DecimalString; debt: DecimalString }>
}

/** Share of an asset's supply that borrowers may post as collateral; the rest is held by supply-only accounts. */
const BORROWER_COLLATERAL_SHARE = 0.8
/** Share of an isolated asset's debt ceiling that generated debt may use. */
const DEBT_CEILING_SHARE = 0.9
const SIGNIFICANT_DIGITS = 7
/** Accounts per pairing ∝ (debt USD)^0.8: big pairings get more accounts, not only bigger ones. */
const ACCOUNT_COUNT_EXPONENT = 0.8

type AssetGroup = 'eth-lst' | 'eth' | 'btc' | 'stable' | 'alt'

/**
 * Typical pairings (collateral group → debt group → relative weight), the shape public risk posts describe:
 * LSTs loop into WETH, ETH and BTC back stablecoin debt, stablecoins back stablecoins and ETH, alts back stablecoins.
 */
const PAIRING_AFFINITY: Record<AssetGroup, Record<AssetGroup, number>> = {
  'eth-lst': { eth: 30, stable: 1, btc: 0.1, alt: 0.05, 'eth-lst': 0.05 },
  eth: { stable: 5, btc: 0.5, 'eth-lst': 1, alt: 0.3, eth: 0 },
  btc: { stable: 4, eth: 1, 'eth-lst': 0.1, alt: 0.2, btc: 0 },
  stable: { stable: 3, eth: 1, btc: 0.5, alt: 0.5, 'eth-lst': 0.1 },
  alt: { stable: 3, eth: 0.5, btc: 0.2, alt: 0.05, 'eth-lst': 0.05 },
}

/**
 * Generates borrower and supplier positions for an Aave v3 market whose per-asset totals match `targets`.
 * Pure and seeded: the same parameters give the same positions, byte for byte.
 *
 * How: (1) debt in USD is spread over (collateral, debt) pairs by iterative proportional fitting of
 * PAIRING_AFFINITY to the debt targets, with each collateral row capped at 80 % of its supply (and an isolated
 * collateral at 90 % of its debt ceiling, borrowing only isolation-borrowable assets); (2) each pair is split
 * into accounts of lognormal size (σ = sizeSigma) with a health factor drawn from drawHealthFactor, and its
 * collateral follows from healthFactor = collateral·price·LT / debt·price (Aave v3 GenericLogic) — LT being the eMode
 * category's for the accounts `eMode` puts in one; (3) what is left of each asset's supply goes to supply-only
 * accounts, again lognormal in size.
 *
 * @example
 * const { positions, totals } = generatePositions({ assets, targets, borrowableInIsolation: ['USDC'], seed: 1, accounts: 2000 })
 */
export function generatePositions(parameters: GeneratePositionsParameters): GeneratePositionsReturnType {
  const { assets, targets, seed, accounts } = parameters
  const sizeSigma = parameters.sizeSigma ?? 1.3
  const borrowerShare = parameters.borrowerShare ?? 0.65
  if (!Number.isInteger(accounts) || accounts < 10) throw new Error(`generatePositions: accounts must be an integer ≥ 10, got ${accounts}`)
  const random = mulberry32(seed)
  const price = new Map(assets.map((asset) => [asset.symbol, Number(asset.price)]))
  const target = (symbol: string) => targets[symbol] ?? { supply: 0, debt: 0 }

  const collaterals = assets.filter(
    (asset) => asset.collateralEnabled && Number(asset.liquidationThreshold) > 0 && !asset.frozen && !asset.paused && target(asset.symbol).supply > 0,
  )
  const debts = assets.filter((asset) => target(asset.symbol).debt > 0)
  const isolationBorrowable = new Set(parameters.borrowableInIsolation)

  // (1) debt USD per (collateral, debt) pair
  const affinity = collaterals.map((collateral) =>
    debts.map((debt) => {
      if (collateral.symbol === debt.symbol) return 0
      if (Number(collateral.debtCeiling) > 0 && !isolationBorrowable.has(debt.symbol)) return 0
      return PAIRING_AFFINITY[assetGroup(collateral)][assetGroup(debt)]
    }),
  )
  const debtUsd = debts.map((debt) => target(debt.symbol).debt * price.get(debt.symbol)!)
  const rowCollateralCapUsd = collaterals.map((collateral) => BORROWER_COLLATERAL_SHARE * target(collateral.symbol).supply * price.get(collateral.symbol)!)
  const rowDebtCapUsd = collaterals.map((collateral) =>
    Number(collateral.debtCeiling) > 0 ? DEBT_CEILING_SHARE * Number(collateral.debtCeiling) : Number.POSITIVE_INFINITY,
  )
  // First pass: expected collateral per USD of debt uses the mean health factor; second pass the drawn ones.
  const meanHealthFactor = 1.8
  let collateralPerDebt = collaterals.map((collateral) =>
    debts.map((debt) => {
      const category = eModeCategoryFor(parameters.eMode, collateral.symbol, debt.symbol)
      if (!category) return meanHealthFactor / Number(collateral.liquidationThreshold)
      // The expected mix: `share` of the pair's accounts measured against the category's threshold, the rest the reserve's,
      // at the mean of the pair's own health-factor draw (drawHealthFactor).
      const share = parameters.eMode!.share
      const mean = meanDrawnHealthFactor(isLoop(assetGroup(collateral), assetGroup(debt)))
      return mean * (share / Number(category.liquidationThreshold) + (1 - share) / Number(collateral.liquidationThreshold))
    }),
  )
  let flow = fitPairFlows({ affinity, debtUsd, rowCollateralCapUsd, rowDebtCapUsd, collateralPerDebt, debts })

  // (2) accounts per pair: count ∝ flow^0.8, at least one per non-empty pair
  const borrowerCount = Math.round(accounts * borrowerShare)
  const flowRoots = flow.map((row) => row.map((value) => (value > 1 ? value ** ACCOUNT_COUNT_EXPONENT : 0)))
  const rootSum = flowRoots.flat().reduce((sum, value) => sum + value, 0)
  const pairs = flowRoots.flatMap((row, c) =>
    row.flatMap((root, d) => (root > 0 ? [{ c, d, count: Math.max(1, Math.round((root / rootSum) * borrowerCount)) }] : [])),
  )
  const pairAccounts = pairs.map(({ c, d, count }) => {
    const weights = lognormalWeights(count, sizeSigma, random)
    const looping = isLoop(assetGroup(collaterals[c]), assetGroup(debts[d]))
    const healthFactors = weights.map(() => drawHealthFactor(random, looping))
    const category = eModeCategoryFor(parameters.eMode, collaterals[c].symbol, debts[d].symbol)
    // Drawn only for pairs a category covers, so a run without eMode draws exactly what it always did.
    const eMode = weights.map(() => (category && random() < parameters.eMode!.share ? category : undefined))
    // healthFactor = collateral·price·LT / debt·price: an account in eMode is measured against the category's LT.
    const thresholds = eMode.map((entered) => Number(entered ? entered.liquidationThreshold : collaterals[c].liquidationThreshold))
    return { c, d, weights, healthFactors, eMode, thresholds }
  })
  collateralPerDebt = collaterals.map((collateral, c) =>
    debts.map((_, d) => {
      const pair = pairAccounts.find((entry) => entry.c === c && entry.d === d)
      if (pair === undefined) return meanHealthFactor / Number(collateral.liquidationThreshold)
      if (pair.eMode.some((entered) => entered)) return pair.weights.reduce((sum, weight, index) => sum + (weight * pair.healthFactors[index]) / pair.thresholds[index], 0)
      const weighted = pair.weights.reduce((sum, weight, index) => sum + weight * pair.healthFactors[index], 0)
      return weighted / Number(collateral.liquidationThreshold)
    }),
  )
  flow = fitPairFlows({ affinity: flow.map((row) => row.map((value) => (value > 1 ? value : 0))), debtUsd, rowCollateralCapUsd, rowDebtCapUsd, collateralPerDebt, debts })

  const positions: Position[] = []
  const borrowedCollateral = new Map<string, number>()
  for (const { c, d, weights, healthFactors, eMode, thresholds } of pairAccounts) {
    const collateral = collaterals[c]
    const debt = debts[d]
    for (let index = 0; index < weights.length; index++) {
      const debtValueUsd = flow[c][d] * weights[index]
      // healthFactor = Σ collateral·price·LT / Σ debt·price (Aave v3 GenericLogic.calculateUserAccountData)
      const collateralValueUsd = (debtValueUsd * healthFactors[index]) / thresholds[index]
      const collateralAmount = collateralValueUsd / price.get(collateral.symbol)!
      const debtAmount = debtValueUsd / price.get(debt.symbol)!
      if (!(debtAmount > 0)) continue
      borrowedCollateral.set(collateral.symbol, (borrowedCollateral.get(collateral.symbol) ?? 0) + collateralAmount)
      const category = eMode[index]
      positions.push({
        account: '',
        collateral: { [collateral.symbol]: formatAmount(collateralAmount, 'up') },
        debt: { [debt.symbol]: formatAmount(debtAmount, 'down') },
        ...(category ? { eModeCategory: category.id } : {}),
      })
    }
  }

  // (3) the rest of each asset's supply is held by supply-only accounts
  const residual = assets.flatMap((asset) => {
    const left = target(asset.symbol).supply - (borrowedCollateral.get(asset.symbol) ?? 0)
    if (left < -1e-9 * target(asset.symbol).supply) {
      throw new Error(`generatePositions: borrowers need more ${asset.symbol} collateral than its supply target; lower its debt targets or raise its supply target`)
    }
    return left > 0 ? [{ symbol: asset.symbol, amount: left, usd: left * price.get(asset.symbol)! }] : []
  })
  const supplierCount = Math.max(residual.length, accounts - positions.length)
  const residualRootSum = residual.reduce((sum, entry) => sum + Math.sqrt(entry.usd), 0)
  for (const entry of residual) {
    const count = Math.max(1, Math.round((Math.sqrt(entry.usd) / residualRootSum) * supplierCount))
    for (const weight of lognormalWeights(count, sizeSigma, random)) {
      positions.push({ account: '', collateral: { [entry.symbol]: formatAmount(entry.amount * weight, 'down') }, debt: {} })
    }
  }

  positions.forEach((position, index) => (position.account = `generated-${String(index + 1).padStart(5, '0')}`))
  return { positions, totals: sumPositions(assets, positions) }
}

type FitPairFlowsParameters = {
  affinity: number[][]
  debtUsd: number[]
  rowCollateralCapUsd: number[]
  rowDebtCapUsd: number[]
  collateralPerDebt: number[][]
  debts: AssetState[]
}

/** Iterative proportional fitting: columns to the debt targets exactly, rows scaled down to their caps, until both hold. */
function fitPairFlows(parameters: FitPairFlowsParameters): number[][] {
  const { affinity, debtUsd, rowCollateralCapUsd, rowDebtCapUsd, collateralPerDebt, debts } = parameters
  const flow = affinity.map((row) => [...row])
  const scaleColumns = () => {
    debtUsd.forEach((total, d) => {
      const sum = flow.reduce((acc, row) => acc + row[d], 0)
      if (sum <= 0) throw new Error(`generatePositions: no collateral may back debt in ${debts[d].symbol}`)
      flow.forEach((row) => (row[d] *= total / sum))
    })
  }
  for (let iteration = 0; iteration < 500; iteration++) {
    scaleColumns()
    let worst = 1
    flow.forEach((row, c) => {
      const collateralUsd = row.reduce((acc, value, d) => acc + value * collateralPerDebt[c][d], 0)
      const debtSum = row.reduce((acc, value) => acc + value, 0)
      const factor = Math.min(1, rowCollateralCapUsd[c] / collateralUsd, rowDebtCapUsd[c] / debtSum)
      if (factor < 1) row.forEach((_, d) => (row[d] *= factor))
      worst = Math.min(worst, factor)
    })
    if (worst > 1 - 1e-9) break
  }
  scaleColumns()
  return flow
}

/**
 * Health factor at generation. Directional borrowing: 4 % in [1.01, 1.10), 10 % in [1.10, 1.20), the rest
 * 1.2 + lognormal(median 0.6, σ 0.8), capped at 10. Correlated loops (LST → WETH, stable → stable) run tighter:
 * 15 % in [1.01, 1.10), 35 % in [1.10, 1.20), the rest 1.2 + lognormal(median 0.15, σ 0.6).
 * Never below 1.01, so rounding to 7 significant digits cannot push an account under 1.
 */
function drawHealthFactor(random: () => number, looping: boolean): number {
  const u = random()
  const [nearOne, near12, median, sigma] = healthFactorShape(looping)
  if (u < nearOne) return 1.01 + 0.09 * random()
  if (u < near12) return 1.1 + 0.1 * random()
  return 1.2 + Math.min(8.8, median * Math.exp(sigma * sampleStandardNormal(random)))
}

/** [P(< 1.10), P(< 1.20), lognormal median, σ] of drawHealthFactor. */
function healthFactorShape(looping: boolean): [number, number, number, number] {
  return looping ? [0.15, 0.5, 0.15, 0.6] : [0.04, 0.14, 0.6, 0.8]
}

/** E[drawHealthFactor]: the two uniform bands' midpoints and 1.2 + median·e^{σ²/2} (the cap at 10 ignored). */
function meanDrawnHealthFactor(looping: boolean): number {
  const [nearOne, near12, median, sigma] = healthFactorShape(looping)
  return nearOne * 1.055 + (near12 - nearOne) * 1.15 + (1 - near12) * (1.2 + median * Math.exp((sigma * sigma) / 2))
}

/** The first category whose collateral includes `collateral` and whose borrowable assets include `debt`. */
function eModeCategoryFor(eMode: GeneratePositionsParameters['eMode'], collateral: string, debt: string): EModeCategory | undefined {
  return eMode?.categories.find((category) => category.assets.includes(collateral) && (category.borrowable ?? category.assets).includes(debt))
}

function isLoop(collateral: AssetGroup, debt: AssetGroup): boolean {
  return (collateral === 'eth-lst' && debt === 'eth') || (collateral === 'stable' && debt === 'stable')
}

/** `count` weights summing to 1, each ∝ exp(σ·Z): a lognormal size distribution. */
function lognormalWeights(count: number, sigma: number, random: () => number): number[] {
  const raw = Array.from({ length: count }, () => Math.exp(sigma * sampleStandardNormal(random)))
  const sum = raw.reduce((acc, value) => acc + value, 0)
  return raw.map((value) => value / sum)
}

function assetGroup(asset: AssetState): AssetGroup {
  if (asset.peg?.to === 'ETH') return 'eth-lst'
  if (asset.peg?.to === 'USD') return 'stable'
  if (asset.symbol === 'WETH') return 'eth'
  if (asset.symbol.includes('BTC')) return 'btc'
  return 'alt'
}

function formatAmount(amount: number, rounding: 'up' | 'down'): DecimalString {
  return new Decimal(amount).toSignificantDigits(SIGNIFICANT_DIGITS, rounding === 'up' ? Decimal.ROUND_UP : Decimal.ROUND_DOWN).toFixed()
}

function sumPositions(assets: AssetState[], positions: Position[]): GeneratePositionsReturnType['totals'] {
  const totals: GeneratePositionsReturnType['totals'] = {}
  for (const asset of assets) {
    let supply = new Decimal(0)
    let debt = new Decimal(0)
    for (const position of positions) {
      const collateral = position.collateral[asset.symbol]
      const borrowed = position.debt[asset.symbol]
      if (collateral !== undefined) supply = supply.plus(collateral)
      if (borrowed !== undefined) debt = debt.plus(borrowed)
    }
    totals[asset.symbol] = { supply: supply.toFixed(), debt: debt.toFixed() }
  }
  return totals
}
