import { InputError } from '../../errors.ts'
import { isRecord, toWebhookLog, type WebhookLog } from './webhookLog.ts'

/** Alchemy's `event.network` names (Alchemy webhook docs) → chain id. */
export const alchemyNetworks: Record<string, number> = {
  ETH_MAINNET: 1,
  OPT_MAINNET: 10,
  BNB_MAINNET: 56,
  GNOSIS_MAINNET: 100,
  MATIC_MAINNET: 137,
  ZKSYNC_MAINNET: 324,
  METIS_MAINNET: 1088,
  BASE_MAINNET: 8453,
  ARB_MAINNET: 42161,
  AVAX_MAINNET: 43114,
  LINEA_MAINNET: 59144,
  SCROLL_MAINNET: 534352,
}

/**
 * The logs in an Alchemy webhook: a Custom (GraphQL) webhook's `event.data.block.logs` or an Address
 * Activity webhook's `event.activity[].log`; and the chain from `event.network`, when Alchemy names it.
 */
export function logsFromAlchemy(body: unknown): { chainId: number | null; logs: WebhookLog[] } {
  if (!isRecord(body) || !isRecord(body.event)) throw new InputError('Not an Alchemy webhook: no `event` object.')
  const event = body.event
  const chainId = typeof event.network === 'string' ? (alchemyNetworks[event.network] ?? null) : null
  if (isRecord(event.data) && isRecord(event.data.block)) {
    const block = event.data.block
    if (!Array.isArray(block.logs)) throw new InputError('Alchemy GraphQL webhook without `event.data.block.logs`.')
    return { chainId, logs: block.logs.map((log) => toWebhookLog(log, block.number)) }
  }
  if (Array.isArray(event.activity))
    return { chainId, logs: event.activity.flatMap((activity) => (isRecord(activity) && isRecord(activity.log) ? [toWebhookLog(activity.log, activity.log.blockNumber ?? activity.blockNum)] : [])) }
  throw new InputError('Alchemy webhook without block logs or activity.')
}
