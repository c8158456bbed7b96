import { aaveOracleAbi, aaveV2PoolConfiguratorAbi, aaveV3PoolConfiguratorAbi } from '../aave/decode/abis.ts'
import { decodeAaveOracleCall } from '../aave/decode/decodeAaveOracleCall.ts'
import { decodePoolConfiguratorCall } from '../aave/decode/decodePoolConfiguratorCall.ts'
import { cTokenAbi, comptrollerAbi } from '../compound-v2/decode/abis.ts'
import { decodeComptrollerCall } from '../compound-v2/decode/decodeComptrollerCall.ts'
import { decodeCTokenCall } from '../compound-v2/decode/decodeCTokenCall.ts'
import { cometConfiguratorAbi, cometProxyAdminAbi } from '../compound-v3/decode/abis.ts'
import { decodeCometConfiguratorCall } from '../compound-v3/decode/decodeCometConfiguratorCall.ts'
import { decodeCometProxyAdminCall } from '../compound-v3/decode/decodeCometProxyAdminCall.ts'
import type { CallFamily } from './types.ts'

/**
 * The contract types Firebreak decodes, in the order an unknown target is tried
 * (Aave v3 before v2: for a selector both share, the newer configurator is the likelier target).
 */
export const callFamilies: readonly CallFamily[] = [
  { kind: 'aave-v3-pool-configurator', label: 'Aave v3 PoolConfigurator', abi: aaveV3PoolConfiguratorAbi, decode: (call, context) => decodePoolConfiguratorCall(call, context, 'aave-v3') },
  { kind: 'aave-v2-pool-configurator', label: 'Aave v2 LendingPoolConfigurator', abi: aaveV2PoolConfiguratorAbi, decode: (call, context) => decodePoolConfiguratorCall(call, context, 'aave-v2') },
  { kind: 'aave-oracle', label: 'AaveOracle', abi: aaveOracleAbi, decode: (call, context) => decodeAaveOracleCall(call, context, context.deployment?.protocol ?? 'aave-v3') },
  { kind: 'compound-v2-comptroller', label: 'Compound v2 Comptroller', abi: comptrollerAbi, decode: decodeComptrollerCall },
  { kind: 'compound-v2-ctoken', label: 'Compound v2 cToken', abi: cTokenAbi, decode: decodeCTokenCall },
  { kind: 'comet-configurator', label: 'Compound III Configurator', abi: cometConfiguratorAbi, decode: decodeCometConfiguratorCall },
  { kind: 'comet-proxy-admin', label: 'CometProxyAdmin', abi: cometProxyAdminAbi, decode: decodeCometProxyAdminCall },
]
