import type { MarketState } from '../model.ts'
import aaveV3Ethereum from '../../fixtures/markets/aave-v3-ethereum.json' with { type: 'json' }

/**
 * The embedded default market: Aave v3 Ethereum's real reserve configuration and oracle prices with
 * generated positions (see fixtures/markets/README.md). Used when no snapshot of the proposal's market is stored.
 */
// JSON imports widen string unions (e.g. OracleKind) to string; the fixture's shape is pinned by its tests.
export const defaultState = aaveV3Ethereum as unknown as MarketState
