import { decodeErrorResult, type Hex, isHex } from 'viem'

/** Revert data somewhere in an error's cause chain: geth puts the hex in `data`, hardhat in `data.data`. */
function revertData(error: unknown): Hex | undefined {
  for (let current = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const data = (current as { data?: unknown }).data
    const nested = data && typeof data === 'object' ? (data as { data?: unknown }).data : undefined
    for (const candidate of [data, nested]) if (typeof candidate === 'string' && isHex(candidate) && candidate.length >= 10) return candidate
  }
  return undefined
}

/**
 * Why a call reverted, as a reader would want it: `Error(reason)` or `Panic(code)` decoded from the revert
 * data in the error's cause chain, the raw data when it is a custom error, or the error's own message.
 */
export function revertReason(error: unknown): string {
  const data = revertData(error)
  if (data) {
    try {
      const { errorName, args } = decodeErrorResult({ abi: [], data })
      return `${errorName}(${(args ?? []).map(String).join(', ')})`
    } catch {
      return `custom error ${data}`
    }
  }
  if (error instanceof Error) return (error as { shortMessage?: string }).shortMessage ?? error.message
  return String(error)
}
