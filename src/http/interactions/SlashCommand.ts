import type { ParameterName, ProtocolFamily } from '../../model.ts'

/** A `/firebreak …` command as Firebreak understands it, parsed and validated from Discord's interaction. */
export type SlashCommand =
  /** Check a proposal Firebreak has seen, by its link or by chain and id. */
  | { name: 'check'; link?: string; chainId?: number; id?: string }
  /** Pre-check a change before proposing it. */
  | { name: 'simulate'; protocol: ProtocolFamily; market: string; asset: string; parameter: ParameterName; value: string }
  /** The largest value of a parameter that is safe now. */
  | { name: 'recommend'; market?: string; asset: string; parameter: 'collateralFactor' | 'liquidationThreshold' }
  | { name: 'status' }
  /** This week's systemic-risk report. */
  | { name: 'systemic' }
