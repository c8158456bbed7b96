import { formatUnits } from 'viem'
import type { Address, ParameterChange, ParameterName } from '../../../model.ts'
import { lookupAddress } from '../../deployments.ts'
import { makeChange } from '../../decode/makeChange.ts'
import type { DecodeContext, DecodedCall, FamilyDecodeResult } from '../../decode/types.ts'

type AssetConfig = {
  asset: Address
  priceFeed: Address
  decimals: number
  borrowCollateralFactor: bigint
  liquidateCollateralFactor: bigint
  liquidationFactor: bigint
  supplyCap: bigint
}

// Comet factors are scaled by 1e18 (CometCore FACTOR_SCALE).
const FACTOR_DECIMALS = 18
const ONE = 10n ** 18n
const PENDING = 'pending in the Configurator until CometProxyAdmin.deployAndUpgradeTo deploys it'
const LIQUIDATION_FACTOR =
  'Comet liquidationFactor f: absorb credits the borrower f × collateral value, so 1 − f is the penalty; ' +
  'it goes to protocol reserves (not to a liquidator), and buyCollateral then sells at a discount of storeFrontPriceFactor × (1 − f)'

/**
 * Compound III Configurator call → ParameterChange[] for the Comet named by its first argument.
 * borrowCollateralFactor → collateralFactor, liquidateCollateralFactor → liquidationThreshold,
 * liquidationFactor f → liquidationBonus 1 − f (see the note), supply caps base units → whole tokens.
 * Every change is pending until deployAndUpgradeTo; decodeProposal adds at which action it takes effect.
 *
 * @example
 * decodeCometConfiguratorCall(call, context) // updateAssetSupplyCap(cUSDCv3, WETH, 150000e18) → supplyCap "150000"
 */
export function decodeCometConfiguratorCall(call: DecodedCall, context: DecodeContext): FamilyDecodeResult {
  const market = call.args[0] as Address
  const known = lookupAddress(context.chainId, market).deployment
  const cometNote = known?.kind === 'comet' ? undefined : `Comet ${market} is not in the registry`
  const change = (asset: Address | null, param: ParameterName, after: string, note?: string): ParameterChange =>
    makeChange(context, { protocol: 'compound-v3', market, asset, param, after, note: [note, PENDING, cometNote].filter(Boolean).join('; ') })
  const factor = (value: bigint) => formatUnits(value, FACTOR_DECIMALS)
  const bonus = (liquidationFactor: bigint) => formatUnits(ONE - liquidationFactor, FACTOR_DECIMALS)
  const assetChanges = (config: AssetConfig, listed: boolean): ParameterChange[] => [
    ...(listed ? [change(config.asset, 'listed', 'true', 'added as collateral')] : []),
    change(config.asset, 'oracle', config.priceFeed, 'price feed'),
    change(config.asset, 'collateralFactor', factor(config.borrowCollateralFactor), 'borrowCollateralFactor'),
    change(config.asset, 'liquidationThreshold', factor(config.liquidateCollateralFactor), 'liquidateCollateralFactor'),
    change(config.asset, 'liquidationBonus', bonus(config.liquidationFactor), `${LIQUIDATION_FACTOR}; f = ${factor(config.liquidationFactor)}`),
    change(config.asset, 'supplyCap', formatUnits(config.supplyCap, config.decimals), `whole tokens (${config.decimals} decimals from the asset config)`),
  ]

  switch (call.functionName) {
    case 'updateAssetBorrowCollateralFactor':
      return { changes: [change(call.args[1] as Address, 'collateralFactor', factor(call.args[2] as bigint), 'borrowCollateralFactor')] }
    case 'updateAssetLiquidateCollateralFactor':
      return { changes: [change(call.args[1] as Address, 'liquidationThreshold', factor(call.args[2] as bigint), 'liquidateCollateralFactor')] }
    case 'updateAssetLiquidationFactor': {
      const liquidationFactor = call.args[2] as bigint
      return { changes: [change(call.args[1] as Address, 'liquidationBonus', bonus(liquidationFactor), `${LIQUIDATION_FACTOR}; f = ${factor(liquidationFactor)}`)] }
    }
    case 'updateAssetPriceFeed':
      return { changes: [change(call.args[1] as Address, 'oracle', call.args[2] as Address, 'price feed')] }
    case 'updateAssetSupplyCap': {
      const asset = call.args[1] as Address
      const decimals = lookupAddress(context.chainId, asset).token?.decimals
      if (decimals === undefined) {
        return { reason: `${call.signature}: decimals of asset ${asset} are not in the registry, so the cap ${call.args[2]} (base units) cannot be written in whole tokens` }
      }
      return { changes: [change(asset, 'supplyCap', formatUnits(call.args[2] as bigint, decimals), 'whole tokens')] }
    }
    case 'addAsset':
    case 'updateAsset':
      return { changes: assetChanges(call.args[1] as AssetConfig, call.functionName === 'addAsset') }
    case 'setBaseTokenPriceFeed': {
      const baseToken = known?.baseToken
      if (!baseToken) return { reason: `${call.signature}: base token of Comet ${market} is not in the registry` }
      return { changes: [change(baseToken, 'oracle', call.args[1] as Address, 'base token price feed')] }
    }
    case 'setConfiguration': {
      const configuration = call.args[1] as { baseToken: Address; baseTokenPriceFeed: Address; assetConfigs: readonly AssetConfig[] }
      return {
        changes: [
          change(configuration.baseToken, 'oracle', configuration.baseTokenPriceFeed, 'base token price feed; setConfiguration also replaces interest-rate and reward settings, not modelled'),
          ...configuration.assetConfigs.flatMap((config) => assetChanges(config, false)),
        ],
      }
    }
    default:
      return { reason: `${call.signature}: no decoder for this Configurator function` }
  }
}
