import Decimal from 'decimal.js'
import type { AssetState, Finding, OracleInfo } from '../../model.ts'
import { twapAttack, type TwapAttackReturnType } from './twapAttack.ts'

export type OracleRiskBounds = {
  /** Deviation of the new source from the current price that is a warning / critical. */
  deviationWarning: number
  deviationCritical: number
  /** Seconds past the heartbeat before an answer counts as stale. */
  heartbeatGraceSeconds: number
  /** Staleness limit when the source states no heartbeat. */
  maxAgeWithoutHeartbeatSeconds: number
  /** A floor (minAnswer) at or above this share of the price is a warning; at or above the critical share, on collateral, critical. */
  floorWarningShare: number
  floorCriticalShare: number
}

export const defaultOracleRiskBounds: OracleRiskBounds = {
  deviationWarning: 0.01,
  deviationCritical: 0.05,
  heartbeatGraceSeconds: 600,
  maxAgeWithoutHeartbeatSeconds: 86_400,
  floorWarningShare: 1e-6,
  floorCriticalShare: 0.01,
}

export type OracleSourceRisksParameters = {
  /** The asset whose price source changes, with its current oracle and price. */
  asset: AssetState
  /** What is known of the new source; undefined when nothing could be read. */
  proposed: OracleInfo | undefined
  /** Unix seconds of the state, to judge staleness. */
  now: number
  /** USD an attacker could borrow from the market against this asset (other assets' available liquidity). */
  borrowableUsd: number
  bounds?: OracleRiskBounds
}

export type OracleRisk = Omit<Finding, 'check'> & { attack?: TwapAttackReturnType }

const percent = (fraction: Decimal.Value) => `${new Decimal(fraction).times(100).toDecimalPlaces(2).toString()} %`
const usd = (value: number) => `$${new Decimal(value).toDecimalPlaces(0).toNumber().toLocaleString('en-US')}`

/**
 * Everything that can go wrong with a new price source for `asset`: it cannot be read, it deviates from the
 * current price, its decimals differ, its answer is stale against its heartbeat, a hard-coded minAnswer/maxAnswer
 * clamps it (the LUNA failure of May 2022), it rests on a single source, or — for an on-chain TWAP or spot
 * source — moving it costs less than borrowing against the moved price yields (the INV and MNGO failures).
 */
export function oracleSourceRisks({ asset, proposed, now, borrowableUsd, bounds = defaultOracleRiskBounds }: OracleSourceRisksParameters): OracleRisk[] {
  const risks: OracleRisk[] = []
  const current = asset.oracle
  const price = new Decimal(asset.price)
  const usedAsCollateral = asset.collateralEnabled && new Decimal(asset.collateralFactor).gt(0)
  if (!proposed) {
    return [{ severity: 'review', title: `The new ${asset.symbol} price source could not be read`, why: 'Nothing is known of its answer, decimals or bounds; it needs a person to check it.' }]
  }
  if (proposed.readError) {
    risks.push({
      severity: 'critical',
      title: `The new ${asset.symbol} price source fails: ${proposed.readError}`,
      why: 'Every supply, borrow, repay and liquidation that needs this price would revert, freezing the market (Compound Proposal 117, cETH, 2022).',
    })
    return risks
  }
  if (proposed.answer !== undefined && price.gt(0)) {
    const deviation = new Decimal(proposed.answer).minus(price).abs().div(price)
    const severity = deviation.gte(bounds.deviationCritical) ? 'critical' : deviation.gte(bounds.deviationWarning) ? 'warning' : 'info'
    risks.push({
      severity,
      title: `New source reads ${asset.symbol} at $${proposed.answer}, ${percent(deviation)} from the current $${asset.price}`,
      why: severity === 'info' ? 'The new source agrees with the current price.' : 'Switching moves every position’s health at once; positions near their threshold become liquidatable (or over-borrowed) on execution.',
      metric: { name: `${asset.symbol} price`, before: asset.price, after: proposed.answer, unit: 'USD' },
    })
  }
  if (proposed.decimals !== undefined && current.decimals !== undefined && proposed.decimals !== current.decimals) {
    risks.push({
      severity: 'critical',
      title: `New source answers with ${proposed.decimals} decimals, the current one with ${current.decimals}`,
      why: `A consumer that scales by 10^${current.decimals} would misprice ${asset.symbol} by a factor of 10^${Math.abs(proposed.decimals - current.decimals)}.`,
      metric: { name: 'decimals', before: String(current.decimals), after: String(proposed.decimals), unit: '' },
    })
  }
  // Units: Chainlink descriptions end in the quote ("ETH / USD", "wstETH/ETH/USD"); a USD feed replaced by an ETH one is off by the ETH price.
  const quoteOf = (description: string | undefined) => description?.split('/').at(-1)?.trim().toUpperCase()
  const [currentUnit, proposedUnit] = [quoteOf(current.description), quoteOf(proposed.description)]
  if (currentUnit && proposedUnit && currentUnit !== proposedUnit) {
    risks.push({
      severity: 'critical',
      title: `New source quotes ${asset.symbol} in ${proposedUnit}, the current one in ${currentUnit}`,
      why: `"${proposed.description}" replaces "${current.description}": read as ${currentUnit}, every ${asset.symbol} position would be valued in the wrong unit.`,
    })
  }
  if (proposed.updatedAt !== undefined) {
    const age = now - proposed.updatedAt
    const limit = proposed.heartbeatSeconds !== undefined ? proposed.heartbeatSeconds + bounds.heartbeatGraceSeconds : bounds.maxAgeWithoutHeartbeatSeconds
    if (age > limit)
      risks.push({
        severity: proposed.heartbeatSeconds !== undefined ? 'critical' : 'warning',
        title: `New source's last answer is ${age} s old`,
        why:
          proposed.heartbeatSeconds !== undefined
            ? `Its heartbeat is ${proposed.heartbeatSeconds} s: the feed has stopped updating, and a stale price lets positions borrow against value that is gone.`
            : `It states no heartbeat and has not updated for more than ${bounds.maxAgeWithoutHeartbeatSeconds} s.`,
        metric: { name: 'answer age', before: '0', after: String(age), unit: 's' },
      })
  }
  const floorShare = proposed.minAnswer !== undefined && price.gt(0) ? new Decimal(proposed.minAnswer).div(price) : new Decimal(0)
  if (proposed.minAnswer !== undefined && floorShare.gte(bounds.floorWarningShare)) {
    const floor = new Decimal(proposed.minAnswer)
    const share = floorShare
    // within 10 % of its floor the feed no longer follows the market (Venus read $0.107 against a $0.10 floor)
    const pinned = proposed.answer !== undefined && new Decimal(proposed.answer).lte(floor.times(1.1))
    const severity = usedAsCollateral && (pinned || share.gte(bounds.floorCriticalShare)) ? 'critical' : 'warning'
    risks.push({
      severity,
      title: pinned
        ? `New source is pinned at its floor: it reports $${proposed.answer} with minAnswer $${proposed.minAnswer} while ${asset.symbol} trades at $${asset.price}`
        : `New source cannot report ${asset.symbol} below $${proposed.minAnswer} (${percent(share)} of today’s price)`,
      why: `Below minAnswer the aggregator keeps answering minAnswer, so collateral that has collapsed is still valued at the floor and can be borrowed against (Venus and Blizz, LUNA, May 2022).`,
      metric: { name: 'minAnswer / price', before: '0', after: share.toDecimalPlaces(6).toString(), unit: '' },
    })
  }
  if (proposed.maxAnswer !== undefined && price.gt(0) && new Decimal(proposed.maxAnswer).lte(price.times(2))) {
    risks.push({
      severity: asset.borrowingEnabled ? 'critical' : 'warning',
      title: `New source cannot report ${asset.symbol} above $${proposed.maxAnswer}`,
      why: 'If the price rises past maxAnswer the feed under-prices the asset: debt in it looks smaller than it is and is not liquidated.',
    })
  }
  if (proposed.sources === 1) {
    risks.push({
      severity: usedAsCollateral || asset.borrowingEnabled ? 'critical' : 'warning',
      title: `New source rests on a single venue or reporter`,
      why: 'One venue’s print moves every position at once (Compound, DAI on Coinbase, November 2020: ~$85–89M liquidated).',
    })
  }
  if (proposed.kind === 'twap' && !proposed.pool && usedAsCollateral)
    risks.push({
      severity: 'review',
      title: `New ${asset.symbol} source is an on-chain TWAP whose pool depth is not known`,
      why: 'Whether moving it pays cannot be computed without the USD depth of the pool it reads; it needs a person to check it.',
    })
  if (proposed.pool && usedAsCollateral) {
    const pool = proposed.pool
    const attack = twapAttack({
      kind: pool.kind,
      quoteReserveUsd: Number(pool.quoteReserveUsd),
      fee: Number(pool.fee),
      windowSeconds: proposed.twapWindowSeconds ?? 0,
      blockSeconds: pool.blockSeconds,
      collateralFactor: Number(asset.collateralFactor),
      borrowableUsd,
      collateralCapUsd: new Decimal(asset.supplyCap).gt(0) ? new Decimal(asset.supplyCap).times(price).toNumber() : Number.POSITIVE_INFINITY,
    })
    const window = `${proposed.twapWindowSeconds ?? 0} s window`
    risks.push({
      severity: attack.pays ? 'critical' : attack.paysWithoutArbitrage ? 'warning' : 'info',
      title: attack.pays
        ? `Manipulating the ${asset.symbol} price pays: move it ${new Decimal(attack.factor).toDecimalPlaces(2)}× for ${usd(attack.costWithArbitrageUsd)}, borrow ${usd(attack.borrowedUsd)}`
        : attack.paysWithoutArbitrage
          ? `Manipulating the ${asset.symbol} price pays for an attacker who holds consecutive blocks`
          : `Manipulating the ${asset.symbol} price costs more than it yields`,
      why: `Pool quote reserve ${usd(Number(pool.quoteReserveUsd))}, ${window}: the cheapest push costs ${usd(attack.costWithArbitrageUsd)} with arbitrage every block (${usd(attack.costWithoutArbitrageUsd)} without) against ${usd(attack.borrowedUsd - attack.collateralUsd)} borrowed beyond the collateral's worth (Inverse INV, April 2022; Mango MNGO, October 2022).`,
      metric: { name: 'attack profit', before: '0', after: new Decimal(attack.profitUsd).toDecimalPlaces(0).toString(), unit: 'USD' },
      attack,
    })
  }
  return risks
}
