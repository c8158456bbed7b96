export type LossWaterfall = { reservesDrawUsd: number; insuranceDrawUsd: number; socialisedLossUsd: number }

/** Bad debt is absorbed by protocol reserves first, then the insurance fund (capped), then suppliers. */
export function lossWaterfall(badDebtUsd: number, protocolReservesUsd: number, insuranceFundUsd: number): LossWaterfall {
  const reservesDrawUsd = Math.min(badDebtUsd, protocolReservesUsd)
  const insuranceDrawUsd = Math.min(badDebtUsd - reservesDrawUsd, insuranceFundUsd)
  return { reservesDrawUsd, insuranceDrawUsd, socialisedLossUsd: badDebtUsd - reservesDrawUsd - insuranceDrawUsd }
}
