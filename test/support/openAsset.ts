import type { AssetState } from '../../src/model.ts'

/** The fields of a test asset that no test varies: no caps, no ceiling, every flag open, no totals. */
export const openAsset = {
  reserveFactor: '0.15',
  supplyCap: '0',
  borrowCap: '0',
  debtCeiling: '0',
  frozen: false,
  paused: false,
  borrowingEnabled: true,
  collateralEnabled: true,
  totalSupply: '0',
  totalDebt: '0',
} as const satisfies Partial<AssetState>
