import { InputError } from '../../errors.ts'
import { isRecord, toWebhookLog, type WebhookLog } from './webhookLog.ts'

/** The logs in a QuickNode Streams delivery: an array of logs (possibly nested per block) or `{ data: [...] }`. */
export function logsFromQuickNode(body: unknown): WebhookLog[] {
  const data = isRecord(body) && Array.isArray(body.data) ? body.data : body
  if (!Array.isArray(data)) throw new InputError('Not a QuickNode Streams payload: expected an array of logs or { data: [...] }.')
  return data.flat(2).map((log) => toWebhookLog(log, undefined))
}
