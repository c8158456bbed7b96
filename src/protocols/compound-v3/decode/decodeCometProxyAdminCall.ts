import type { Address } from '../../../model.ts'
import type { DecodeContext, DecodedCall, FamilyDecodeResult } from '../../decode/types.ts'

/**
 * CometProxyAdmin.deployAndUpgradeTo(configurator, comet): deploys a Comet implementation from the
 * Configurator's stored configuration and upgrades the proxy, which makes pending Configurator
 * changes for that Comet effective. `deployUpgradeToAndCall` also calls arbitrary data afterwards.
 *
 * @example
 * decodeCometProxyAdminCall(call, context) // { activates: { market: cUSDCv3 } }
 */
export function decodeCometProxyAdminCall(call: DecodedCall, _context: DecodeContext): FamilyDecodeResult {
  if (call.functionName === 'deployUpgradeToAndCall') {
    return { reason: `${call.signature}: upgrades Comet ${call.args[1]} and then calls it with arbitrary data; needs simulation` }
  }
  return { activates: { market: call.args[1] as Address } }
}
