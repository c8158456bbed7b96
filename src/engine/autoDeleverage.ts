export type DeleveragePosition = {
  account: string
  /** Unrealised profit at the bankruptcy price, USD (only profitable positions are deleveraged). */
  profitUsd: number
  /** Position notional over margin. */
  leverage: number
  /** Margin (equity) of the position, USD: the ranking reads profit as a share of it. */
  marginUsd: number
}

export type AutoDeleverageReturnType = {
  /** USD taken from each deleveraged account, in ranking order. */
  draws: { account: string; drawUsd: number }[]
  /** Loss left when every profitable position has been drawn in full. */
  uncoveredUsd: number
}

/**
 * Auto-deleveraging for perp-like markets: the loss left after the insurance fund is covered by closing profitable
 * positions against the bankrupt one at its bankruptcy price, highest rank first, where rank = profit share of margin ×
 * leverage (the ADL ranking published by BitMEX and Binance). Each account gives up at most its profit.
 */
export function autoDeleverage(lossUsd: number, positions: DeleveragePosition[]): AutoDeleverageReturnType {
  const rank = (position: DeleveragePosition) => (position.marginUsd > 0 ? (position.profitUsd / position.marginUsd) * position.leverage : Number.POSITIVE_INFINITY)
  const ranked = positions.filter((position) => position.profitUsd > 0).sort((a, b) => rank(b) - rank(a) || (a.account < b.account ? -1 : 1))
  const draws: { account: string; drawUsd: number }[] = []
  let remaining = Math.max(0, lossUsd)
  for (const position of ranked) {
    if (remaining <= 0) break
    const drawUsd = Math.min(remaining, position.profitUsd)
    draws.push({ account: position.account, drawUsd })
    remaining -= drawUsd
  }
  return { draws, uncoveredUsd: remaining }
}
