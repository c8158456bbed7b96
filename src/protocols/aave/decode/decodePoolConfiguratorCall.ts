import { formatUnits } from 'viem'
import type { Address, ParameterChange, ProtocolFamily } from '../../../model.ts'
import { makeChange, type MakeChangeParameters } from '../../decode/makeChange.ts'
import type { DecodeContext, DecodedCall, FamilyDecodeResult } from '../../decode/types.ts'

// Aave percentages are basis points with 2 decimals (PercentageMath: 1e4 = 100 %).
const BPS_DECIMALS = 4
const ONE_BPS = 10_000n
// Aave v3 ReserveConfiguration: DEBT_CEILING_DECIMALS = 2 (USD cents).
const DEBT_CEILING_DECIMALS = 2

/**
 * Aave v2 LendingPoolConfigurator / v3 PoolConfigurator risk setter → ParameterChange[].
 * Fractions: bps 8250 → "0.825"; liquidation bonus 10750 → "0.075" (the excess over 100 %);
 * Aave v3 caps are whole tokens already; debt ceiling is USD with 2 decimals.
 *
 * @example
 * decodePoolConfiguratorCall(call, context, 'aave-v2') // configureReserveAsCollateral → ltv, LT, LB changes
 */
export function decodePoolConfiguratorCall(call: DecodedCall, context: DecodeContext, protocol: ProtocolFamily): FamilyDecodeResult {
  const market: Address = context.deployment?.markets?.[0] ?? context.target
  const change = (parameters: Omit<MakeChangeParameters, 'protocol' | 'market'>): ParameterChange =>
    makeChange(context, { protocol, market, ...parameters })
  const args = call.args
  const asset = args[0] as Address
  const bool = (index: number) => String(args[index] as boolean)
  const bps = (index: number) => formatUnits(args[index] as bigint, BPS_DECIMALS)

  switch (call.functionName) {
    case 'configureReserveAsCollateral': {
      const [ltv, liquidationThreshold, liquidationBonus] = [args[1], args[2], args[3]] as bigint[]
      const together = 'set together by configureReserveAsCollateral (may equal the current value)'
      // LendingPoolConfigurator.configureReserveAsCollateral: liquidationThreshold 0 disables the asset as collateral and requires bonus 0.
      const bonus =
        liquidationThreshold === 0n && liquidationBonus === 0n
          ? { after: '0', note: `${together}; bonus 0 with liquidationThreshold 0: collateral disabled` }
          : { after: formatUnits(liquidationBonus - ONE_BPS, BPS_DECIMALS), note: `${together}; excess over 100 % (raw ${liquidationBonus} bps)` }
      return {
        changes: [
          change({ asset, param: 'collateralFactor', after: formatUnits(ltv, BPS_DECIMALS), note: `${together}; Aave LTV` }),
          change({ asset, param: 'liquidationThreshold', after: formatUnits(liquidationThreshold, BPS_DECIMALS), note: together }),
          change({ asset, param: 'liquidationBonus', ...bonus }),
        ],
      }
    }
    case 'setReserveFactor':
      return { changes: [change({ asset, param: 'reserveFactor', after: bps(1) })] }
    case 'setPoolPause':
      return { changes: [change({ asset: null, param: 'paused', after: bool(0), note: 'every reserve of the pool' + (args.length > 1 ? `; grace period ${args[1]} s after unpause` : '') })] }
    case 'enableBorrowingOnReserve':
      return { changes: [change({ asset, param: 'borrowingEnabled', after: 'true', note: `stable-rate borrowing enabled: ${bool(1)}` })] }
    case 'disableBorrowingOnReserve':
      return { changes: [change({ asset, param: 'borrowingEnabled', after: 'false' })] }
    case 'setReserveBorrowing':
      return { changes: [change({ asset, param: 'borrowingEnabled', after: bool(1) })] }
    case 'freezeReserve':
    case 'unfreezeReserve':
      return { changes: [change({ asset, param: 'frozen', after: String(call.functionName === 'freezeReserve') })] }
    case 'setReserveFreeze':
      return { changes: [change({ asset, param: 'frozen', after: bool(1) })] }
    case 'activateReserve':
    case 'deactivateReserve':
      return { changes: [change({ asset, param: 'active', after: String(call.functionName === 'activateReserve') })] }
    case 'setReserveActive':
      return { changes: [change({ asset, param: 'active', after: bool(1) })] }
    case 'setReservePause':
      return { changes: [change({ asset, param: 'paused', after: bool(1), note: args.length > 2 ? `grace period ${args[2]} s after unpause` : undefined })] }
    case 'setSupplyCap':
      return { changes: [change({ asset, param: 'supplyCap', after: String(args[1] as bigint), note: 'whole tokens; 0 = no cap' })] }
    case 'setBorrowCap':
      return { changes: [change({ asset, param: 'borrowCap', after: String(args[1] as bigint), note: 'whole tokens; 0 = no cap' })] }
    case 'setDebtCeiling':
      return {
        changes: [change({ asset, param: 'debtCeiling', after: formatUnits(args[1] as bigint, DEBT_CEILING_DECIMALS), note: 'USD; 0 = not in isolation mode' })],
      }
    case 'setLiquidationProtocolFee':
      return { changes: [change({ asset, param: 'liquidationProtocolFee', after: bps(1), note: 'share of the liquidation bonus kept by the protocol' })] }
    case 'setEModeCategory':
      return { changes: eModeCategoryChanges(call, change) }
    case 'setAssetEModeCategory':
      return { changes: [change({ asset, param: 'eModeCategory', after: String(args[1] as number), note: '0 = no eMode category' })] }
    case 'setAssetCollateralInEMode':
      return { changes: [change({ asset, param: 'collateralEnabled', after: bool(2), eModeCategory: args[1] as number, note: `as collateral inside eMode category ${args[1]}` })] }
    case 'setAssetBorrowableInEMode':
      return { changes: [change({ asset, param: 'borrowingEnabled', after: bool(2), eModeCategory: args[1] as number, note: `borrowable inside eMode category ${args[1]}` })] }
    default:
      return { reason: `${call.signature}: no decoder for this Aave PoolConfigurator function` }
  }
}

function eModeCategoryChanges(
  call: DecodedCall,
  change: (parameters: Omit<MakeChangeParameters, 'protocol' | 'market'>) => ParameterChange,
): ParameterChange[] {
  const [categoryId, ltv, liquidationThreshold, liquidationBonus] = call.args as [number, number, number, number]
  const withOracle = call.args.length === 6
  const label = String(call.args[withOracle ? 5 : 4])
  const note = `eMode category ${categoryId} (${JSON.stringify(label)}): applies to borrowers in this category, not to a reserve`
  const bonus = BigInt(liquidationBonus)
  const changes = [
    change({ asset: null, param: 'collateralFactor', after: formatUnits(BigInt(ltv), BPS_DECIMALS), eModeCategory: categoryId, note }),
    change({ asset: null, param: 'liquidationThreshold', after: formatUnits(BigInt(liquidationThreshold), BPS_DECIMALS), eModeCategory: categoryId, note }),
    change({
      asset: null,
      param: 'liquidationBonus',
      after: bonus === 0n ? '0' : formatUnits(bonus - ONE_BPS, BPS_DECIMALS),
      eModeCategory: categoryId,
      note: `${note}; excess over 100 % (raw ${bonus} bps)`,
    }),
  ]
  if (withOracle) {
    changes.push(change({ asset: null, param: 'oracle', after: call.args[4] as Address, eModeCategory: categoryId, note: `${note}; 0x0 = each asset keeps its own source` }))
  }
  return changes
}
