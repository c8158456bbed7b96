import type { MarketState } from '../../model.ts'
import { canonicalHash } from '../../engine/canonicalHash.ts'

/** The state with `provenance.contentHash` set: sha-256 over the canonical JSON of the state without that field. */
export async function sealMarketState(state: MarketState): Promise<MarketState> {
  const { contentHash: _previous, ...provenance } = state.provenance
  const unsealed: MarketState = { ...state, provenance }
  return { ...unsealed, provenance: { ...provenance, contentHash: await canonicalHash(unsealed) } }
}
