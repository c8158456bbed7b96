import type { Finding } from '../../model.ts'
import { borrowableUsd } from '../../engine/oracle/borrowableUsd.ts'
import { oracleSourceRisks } from '../../engine/oracle/oracleSourceRisks.ts'
import type { Check } from '../check.ts'

/**
 * Every price-source change: the new source's deviation from the current price, decimals, staleness against its
 * heartbeat, min/max answer bounds, single source, and for on-chain TWAP/spot sources whether manipulating it pays.
 * What the source says of itself comes from `state.oracles[address]`, or `state.oracles["address:asset"]` where one
 * oracle answers differently per asset (read by src/protocols/oracle/readFeed.ts); a source nothing is known of is REVIEW.
 */
export const oracleChange: Check = {
  name: 'oracle-change',
  run: ({ changes, stateBefore }) => {
    const now = Math.floor(Date.parse(stateBefore.provenance.timestamp) / 1000)
    return changes
      .filter((change) => change.param === 'oracle')
      .flatMap((change): Finding[] => {
        // A market-wide oracle (Compound's Comptroller._setPriceOracle) names no asset: it prices every asset.
        const marketWide = !change.asset && !change.symbol
        const assets = stateBefore.assets.filter(
          (candidate) =>
            marketWide ||
            (change.asset && candidate.address.toLowerCase() === change.asset.toLowerCase()) ||
            (change.symbol && candidate.symbol.toLowerCase() === change.symbol.toLowerCase()),
        )
        return assets.flatMap((asset) => {
          const proposed = stateBefore.oracles?.[`${change.after}:${asset.address}`.toLowerCase()] ?? stateBefore.oracles?.[change.after.toLowerCase()]
          return oracleSourceRisks({ asset, proposed, now, borrowableUsd: borrowableUsd(stateBefore, asset.symbol) }).map(({ severity, title, why, metric }) => ({
            check: 'oracle-change',
            severity,
            title: `${asset.symbol} oracle → ${change.after.slice(0, 10)}…: ${title}`,
            why,
            ...(metric ? { metric } : {}),
          }))
        })
      })
  },
}
