export type LossWaterfall = { reservesDrawUsd: number; insuranceDrawUsd: number; socialisedLossUsd: number }

/**
 * Bad debt is absorbed by protocol reserves first, then the insurance fund / safety module up to its cap, then
 * socialised to suppliers (the Aave v3.3 deficit is covered by the Umbrella/safety module before suppliers;
 * Compound's reserves absorb first). `insuranceFundUsd` is what the fund may be drawn for (its slashing cap).
 */
export function lossWaterfall(badDebtUsd: number, protocolReservesUsd: number, insuranceFundUsd: number): LossWaterfall {
  const reservesDrawUsd = Math.min(badDebtUsd, protocolReservesUsd)
  const insuranceDrawUsd = Math.min(badDebtUsd - reservesDrawUsd, insuranceFundUsd)
  return { reservesDrawUsd, insuranceDrawUsd, socialisedLossUsd: badDebtUsd - reservesDrawUsd - insuranceDrawUsd }
}
