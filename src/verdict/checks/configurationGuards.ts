import Decimal from 'decimal.js'
import type { Finding } from '../../model.ts'
import type { Check } from '../check.ts'
import { formatParameter, formatPercent } from '../format.ts'

/**
 * The protocol's own configuration guards on every asset a change touches, after the change:
 * LT·(1 + bonus) ≤ 1 and LTV ≤ LT (Aave v3 PoolConfigurator.configureReserveAsCollateral), borrow cap ≤ supply cap.
 */
export const configurationGuards: Check = {
  name: 'configuration-guards',
  run: ({ changes, stateAfter }) => {
    const touched = new Set(changes.map((change) => (change.asset ?? change.symbol ?? '').toLowerCase()))
    return stateAfter.assets
      .filter((asset) => touched.has(asset.address.toLowerCase()) || touched.has(asset.symbol.toLowerCase()))
      .flatMap((asset): Finding[] => {
        const findings: Finding[] = []
        const threshold = new Decimal(asset.liquidationThreshold)
        const seized = threshold.times(new Decimal(1).plus(asset.liquidationBonus))
        if (seized.gt(1))
          findings.push({
            check: 'configuration-guards',
            severity: 'critical',
            title: `${asset.symbol}: liquidation threshold × (1 + liquidation bonus) = ${seized.toDecimalPlaces(4)}, above 1`,
            why: `At the liquidation threshold (${formatPercent(asset.liquidationThreshold)}) a liquidator would seize more collateral than the position holds with a ${formatPercent(asset.liquidationBonus)} bonus: every liquidation deepens the hole. Aave's configurator rejects this.`,
          })
        if (new Decimal(asset.collateralFactor).gt(threshold))
          findings.push({
            check: 'configuration-guards',
            severity: 'critical',
            title: `${asset.symbol}: LTV ${formatPercent(asset.collateralFactor)} above its liquidation threshold ${formatPercent(asset.liquidationThreshold)}`,
            why: 'A borrower could open a position that is liquidatable the moment it is opened.',
          })
        if (!new Decimal(asset.borrowCap).isZero() && !new Decimal(asset.supplyCap).isZero() && new Decimal(asset.borrowCap).gt(asset.supplyCap))
          findings.push({
            check: 'configuration-guards',
            severity: 'warning',
            title: `${asset.symbol}: borrow cap above supply cap`,
            why: `Borrow cap ${formatParameter('borrowCap', asset.borrowCap, asset.symbol)} exceeds supply cap ${formatParameter('supplyCap', asset.supplyCap, asset.symbol)}; the borrow cap can never bind.`,
          })
        return findings
      })
  },
}
