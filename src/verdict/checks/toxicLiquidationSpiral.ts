import Decimal from 'decimal.js'
import type { AssetState, Finding, MarketState } from '../../model.ts'
import type { Check } from '../check.ts'
import { formatPercent, formatUsd } from '../format.ts'

/** 1/(1 + LI): above this loan-to-value a liquidation worsens the position's LTV (Warmuz, Chaudhary & Pinna 2022). */
function toxicLtv(asset: Pick<AssetState, 'liquidationBonus'>): Decimal {
  return new Decimal(1).div(new Decimal(1).plus(asset.liquidationBonus))
}

/** The price fall past the liquidation point that takes a position from LTV = LT to 1/(1 + LI): 1 − LT·(1 + LI). */
function headroom(asset: Pick<AssetState, 'liquidationThreshold' | 'liquidationBonus'>): Decimal {
  return new Decimal(1).minus(new Decimal(asset.liquidationThreshold).times(new Decimal(1).plus(asset.liquidationBonus)))
}

/** Positions holding `symbol` as collateral whose LTV (debt ÷ collateral at current prices) is above `bound`. */
function positionsBeyond(state: MarketState, symbol: string, bound: Decimal) {
  const price = new Map(state.assets.map((asset) => [asset.symbol, asset.price]))
  const value = (balances: Record<string, string>) => Object.entries(balances).reduce((sum, [held, amount]) => sum.plus(new Decimal(amount).times(price.get(held) ?? 0)), new Decimal(0))
  return state.positions
    .filter((position) => position.collateral[symbol] !== undefined && new Decimal(position.collateral[symbol]).gt(0))
    .map((position) => ({ account: position.account, collateral: value(position.collateral), debt: value(position.debt) }))
    .filter(({ collateral, debt }) => debt.gt(0) && debt.gt(collateral.times(bound)))
}

/**
 * The toxic-liquidation-spiral bound (Warmuz, Chaudhary & Pinna 2022, "Toxic Liquidation Spirals", arXiv:2212.07306):
 * repaying r of debt D against collateral C seizes r(1 + LI), and (D − r)/(C − r(1 + LI)) < D/C iff D/C < 1/(1 + LI);
 * above that LTV every liquidation leaves the position worse, and the next one worse again. For an asset whose
 * liquidation threshold or bonus a change moves: critical when the pair crosses the bound (LT ≥ 1/(1 + LI), the same
 * inequality as Aave's configurator guard LT·(1 + bonus) ≤ 1), a warning when the change puts positions of the market
 * beyond it, otherwise the price gap a position may jump past its liquidation point before liquidations turn toxic.
 */
export const toxicLiquidationSpiral: Check = {
  name: 'toxic-liquidation-spiral',
  run: ({ changes, stateBefore, stateAfter }) => {
    const moved = new Set(
      changes.filter((change) => change.param === 'liquidationThreshold' || change.param === 'liquidationBonus').map((change) => (change.symbol ?? change.asset ?? '').toLowerCase()),
    )
    return stateAfter.assets.flatMap((after): Finding[] => {
      if (!moved.has(after.symbol.toLowerCase()) && !moved.has(after.address.toLowerCase())) return []
      const before = stateBefore.assets.find((asset) => asset.address.toLowerCase() === after.address.toLowerCase()) ?? after
      if (before.liquidationThreshold === after.liquidationThreshold && before.liquidationBonus === after.liquidationBonus) return []
      const bound = toxicLtv(after)
      const gap = { before: headroom(before), after: headroom(after) }
      const beyondNow = positionsBeyond(stateAfter, after.symbol, bound)
      const alreadyBeyond = new Set(positionsBeyond(stateBefore, after.symbol, toxicLtv(before)).map((position) => position.account))
      const entering = beyondNow.filter((position) => !alreadyBeyond.has(position.account))
      const enteringDebt = entering.reduce((sum, position) => sum.plus(position.debt), new Decimal(0))
      const pair = `LT ${formatPercent(after.liquidationThreshold)} with a ${formatPercent(after.liquidationBonus)} bonus`
      const metric = { name: `${after.symbol} price fall past the liquidation point before liquidations turn toxic`, before: gap.before.toString(), after: gap.after.toString(), unit: 'fraction' }
      const reference = 'Warmuz, Chaudhary & Pinna 2022'
      if (gap.after.lte(0))
        return [
          {
            check: 'toxic-liquidation-spiral',
            severity: 'critical',
            title: `${after.symbol}: every liquidation worsens the position it liquidates (${pair})`,
            why: `A liquidation lowers a position's loan-to-value only while it is below 1/(1 + bonus) = ${formatPercent(bound.toString())}; the liquidation threshold is at or above it, so each liquidation leaves the position worse and invites the next (${reference}).`,
            metric,
          },
        ]
      return [
        {
          check: 'toxic-liquidation-spiral',
          severity: enteringDebt.gt(0) ? 'warning' : 'info',
          title: enteringDebt.gt(0)
            ? `${after.symbol}: ${entering.length} position${entering.length === 1 ? '' : 's'} (${formatUsd(enteringDebt.toString())} of debt) would be past the toxic-liquidation bound`
            : `${after.symbol}: liquidations turn toxic ${formatPercent(gap.after.toString())} past the liquidation point (was ${formatPercent(gap.before.toString())})`,
          why:
            `With ${pair}, liquidating a position whose loan-to-value is above 1/(1 + bonus) = ${formatPercent(bound.toString())} worsens it (${reference}); ` +
            `a position reaches that LTV when ${after.symbol} falls ${formatPercent(gap.after.toString())} below its liquidation price before it is liquidated (an oracle gap, a congested block).` +
            (beyondNow.length > 0 ? ` ${beyondNow.length} position${beyondNow.length === 1 ? ' is' : 's are'} past it at today's prices.` : ''),
          metric,
        },
      ]
    })
  },
}
