import { InputError } from '../errors.ts'

export type DeleverageSide = 'long' | 'short'

/** An open perpetual position that auto-deleveraging may close. Prices are USD per unit, sizes units (contracts). */
export type DeleveragePosition = {
  account: string
  side: DeleverageSide
  size: number
  entryPrice: number
  /** Where this position's margin runs out (BitMEX ranks by leverage against it). */
  bankruptcyPrice: number
  /** Binance: the account's wallet balance and maintenance margin, USD. */
  walletBalanceUsd?: number
  maintenanceMarginUsd?: number
  /** Hyperliquid: the account value, USD. */
  accountValueUsd?: number
}

/** The position the liquidation engine could not close in the market: what ADL must take from the other side. */
export type BankruptPosition = { side: DeleverageSide; size: number; bankruptcyPrice: number }

/** What a ranking reads besides the positions; a strategy that needs more (dYdX v4's random start: a seed) adds it here. */
export type AdlContext = { markPrice: number }

/** A venue's documented ADL rule. A later strategy (dYdX v4's random start) is one more entry in `adlRankings`. */
export type AdlStrategy = {
  reference: string
  /** The opposite side's positions in the order they are closed, each with its ranking score. */
  order: (candidates: DeleveragePosition[], context: AdlContext) => { position: DeleveragePosition; score: number }[]
  /** The price the deleveraged positions are closed at. */
  closePrice: (bankrupt: BankruptPosition, markPrice: number) => number
}

const signOf = (side: DeleverageSide) => (side === 'long' ? 1 : -1)
const unrealisedPnlUsd = (position: DeleveragePosition, price: number) => signOf(position.side) * position.size * (price - position.entryPrice)

/** Highest score first; ties by account, so a run is reproducible. */
function byScore(score: (position: DeleveragePosition, markPrice: number) => number, eligible: (position: DeleveragePosition, markPrice: number) => boolean = () => true): AdlStrategy['order'] {
  return (candidates, { markPrice }) =>
    candidates
      .filter((position) => eligible(position, markPrice))
      .map((position) => ({ position, score: score(position, markPrice) }))
      .sort((a, b) => b.score - a.score || (a.position.account < b.position.account ? -1 : a.position.account > b.position.account ? 1 : 0))
}

/**
 * BitMEX (https://www.bitmex.com/app/autoDeleveraging): Ranking = PNL% × Effective Leverage if PNL% > 0, PNL% ÷
 * Effective Leverage otherwise; Effective Leverage = |Mark Value| / (Mark Value − Bankrupt Value), PNL% = (Mark Value
 * − Avg Entry Value) / |Avg Entry Value|, each value the position's value at that price (negative for shorts).
 */
export function bitmexAdlScore(position: DeleveragePosition, markPrice: number): number {
  const value = (price: number) => signOf(position.side) * position.size * price
  const effectiveLeverage = Math.abs(value(markPrice)) / (value(markPrice) - value(position.bankruptcyPrice))
  const pnlPercent = (value(markPrice) - value(position.entryPrice)) / Math.abs(value(position.entryPrice))
  return pnlPercent > 0 ? pnlPercent * effectiveLeverage : pnlPercent / effectiveLeverage
}

/**
 * Binance futures (https://www.binance.com/en/support/faq/360033525471, "What Is Auto-Deleveraging (ADL)"):
 * LeveragePnL = PnL% × Margin Ratio, PnL% = max(0, Unrealized Profit) / max(1, Wallet Balance), Margin Ratio =
 * Maintenance Margin / (Wallet Balance + Unrealized Profit), or 0 when that sum is not positive.
 */
export function binanceAdlScore(position: DeleveragePosition, markPrice: number): number {
  const { walletBalanceUsd, maintenanceMarginUsd } = position
  if (walletBalanceUsd === undefined || maintenanceMarginUsd === undefined) throw new InputError(`Binance's ADL ranking needs the wallet balance and maintenance margin of ${position.account}`)
  const unrealised = unrealisedPnlUsd(position, markPrice)
  const equity = walletBalanceUsd + unrealised
  const marginRatio = equity > 0 ? maintenanceMarginUsd / equity : 0
  return (Math.max(0, unrealised) / Math.max(1, walletBalanceUsd)) * marginRatio
}

/**
 * Hyperliquid (https://hyperliquid.gitbook.io/hyperliquid-docs/trading/auto-deleveraging): the users in profit on the
 * opposite side, by (mark_price / entry_price) × (notional_position / account_value). The documentation writes the
 * price ratio for a long; for a short in profit we read it as entry / mark, the same "price moved in its favour".
 */
export function hyperliquidAdlScore(position: DeleveragePosition, markPrice: number): number {
  if (position.accountValueUsd === undefined || !(position.accountValueUsd > 0)) throw new InputError(`Hyperliquid's ADL ranking needs the account value of ${position.account}`)
  const priceRatio = position.side === 'long' ? markPrice / position.entryPrice : position.entryPrice / markPrice
  return priceRatio * ((position.size * markPrice) / position.accountValueUsd)
}

export const adlRankings = {
  bitmex: {
    reference: 'BitMEX Auto-Deleveraging: PNL% × effective leverage, closed at the bankruptcy price of the liquidated order',
    order: byScore(bitmexAdlScore),
    closePrice: (bankrupt) => bankrupt.bankruptcyPrice,
  },
  binance: {
    reference: 'Binance futures ADL: LeveragePnL = PnL% of wallet balance × margin ratio, closed at the bankruptcy price',
    order: byScore(binanceAdlScore),
    closePrice: (bankrupt) => bankrupt.bankruptcyPrice,
  },
  hyperliquid: {
    reference: 'Hyperliquid auto-deleveraging: users in profit by (mark / entry) × (notional / account value), closed at the previous mark price',
    order: byScore(hyperliquidAdlScore, (position, markPrice) => unrealisedPnlUsd(position, markPrice) > 0),
    closePrice: (_bankrupt, markPrice) => markPrice,
  },
} as const satisfies Record<string, AdlStrategy>

export type AdlRanking = keyof typeof adlRankings

export type AutoDeleverageParameters = {
  ranking: AdlRanking
  bankrupt: BankruptPosition
  markPrice: number
  /** Open positions; those on the bankrupt position's side are ignored. */
  positions: DeleveragePosition[]
}

export type AutoDeleverageReturnType = {
  /** Positions closed against the bankrupt one, in ranking order. */
  fills: {
    account: string
    score: number
    size: number
    price: number
    /** What closing at `price` instead of the mark costs the account: (mark − price) × size for a long, the reverse for a short. */
    givenUpUsd: number
  }[]
  /** Size no opposite position was left to take. */
  unfilledSize: number
  reference: string
}

/**
 * Auto-deleveraging of a perp-like market: the position the liquidation engine could not close (and the insurance
 * fund could not take) is closed against the opposite side's positions in the venue's ranking order, each up to its
 * whole size, at the venue's close price.
 *
 * @example
 * autoDeleverage({ ranking: 'bitmex', bankrupt: { side: 'short', size: 20, bankruptcyPrice: 650 }, markPrice: 650, positions }).fills
 */
export function autoDeleverage({ ranking, bankrupt, markPrice, positions }: AutoDeleverageParameters): AutoDeleverageReturnType {
  if (!(bankrupt.size > 0) || !(markPrice > 0) || !(bankrupt.bankruptcyPrice > 0)) throw new InputError('the bankrupt size, its bankruptcy price and the mark price must be positive')
  const strategy: AdlStrategy = adlRankings[ranking]
  const price = strategy.closePrice(bankrupt, markPrice)
  const candidates = positions.filter((position) => position.side !== bankrupt.side && position.size > 0)
  const fills: AutoDeleverageReturnType['fills'] = []
  let remaining = bankrupt.size
  for (const { position, score } of strategy.order(candidates, { markPrice })) {
    if (remaining <= 0) break
    const size = Math.min(remaining, position.size)
    fills.push({ account: position.account, score, size, price, givenUpUsd: signOf(position.side) * (markPrice - price) * size })
    remaining -= size
  }
  return { fills, unfilledSize: remaining, reference: strategy.reference }
}
