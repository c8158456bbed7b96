import Decimal from 'decimal.js'
import type { APIApplicationCommandInteractionDataOption } from 'discord-api-types/v10'
import { InputError } from '../../errors.ts'
import type { ParameterName, ProtocolFamily } from '../../model.ts'
import { optionType } from '../../publish/discord/discordApi.ts'
import { parameterChoices, protocolChoices, recommendChoices } from './firebreakCommand.ts'
import type { SlashCommand } from './SlashCommand.ts'

const ratioParameters = new Set<ParameterName>(['collateralFactor', 'liquidationThreshold', 'liquidationBonus', 'liquidationProtocolFee', 'reserveFactor'])

/**
 * Reads `/firebreak <subcommand>` from an interaction's `data.options` into a SlashCommand.
 * A missing or malformed option is an InputError whose message is shown to the user.
 */
export function parseSlashCommand(options: APIApplicationCommandInteractionDataOption[] | undefined): SlashCommand {
  const subcommand = options?.[0]
  if (!subcommand || subcommand.type !== optionType.Subcommand) throw new InputError('Use one of /firebreak check, simulate, recommend, status or systemic.')
  const values = new Map((subcommand.options ?? []).map((option) => [option.name, 'value' in option ? option.value : undefined]))
  const text = (name: string) => {
    const value = values.get(name)
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const required = (name: string) => text(name) ?? fail(`\`${name}\` is required.`)
  switch (subcommand.name) {
    case 'check': {
      const link = text('link')
      const chain = values.get('chain')
      const id = text('id')
      if (link) {
        if (!/^https?:\/\/\S+$/.test(link)) fail('`link` must be an http(s) link to the proposal.')
        return { name: 'check', link }
      }
      if (typeof chain === 'number' && id) return { name: 'check', chainId: chain, id }
      return fail('Give the proposal’s `link`, or both `chain` and `id`.')
    }
    case 'simulate': {
      const protocol = oneOf(required('protocol'), protocolChoices, 'protocol') as ProtocolFamily
      const parameter = oneOf(required('parameter'), parameterChoices, 'parameter') as ParameterName
      return { name: 'simulate', protocol, market: required('market'), asset: required('asset'), parameter, value: parseValue(parameter, required('value')) }
    }
    case 'recommend': {
      const parameter = oneOf(required('parameter'), recommendChoices, 'parameter') as 'collateralFactor' | 'liquidationThreshold'
      const market = text('market')
      return { name: 'recommend', asset: required('asset'), parameter, ...(market ? { market } : {}) }
    }
    case 'status':
      return { name: 'status' }
    case 'systemic':
      return { name: 'systemic' }
    default:
      return fail(`Unknown subcommand \`${subcommand.name}\`.`)
  }
}

/** "83%", "83 %" or "0.83" for ratios (as a fraction string); plain token units for caps. */
function parseValue(parameter: ParameterName, raw: string): string {
  const percent = raw.match(/^(\d+(?:\.\d+)?)\s*%$/)
  if (ratioParameters.has(parameter)) {
    const value = percent ? new Decimal(percent[1]).div(100) : /^\d+(\.\d+)?$/.test(raw) ? new Decimal(raw) : fail(`\`value\` for ${parameter} must be like 0.83 or 83%.`)
    if (value.gt(1)) fail(`\`value\` for ${parameter} is a fraction of 1: write 0.83 or 83%.`)
    return value.toFixed()
  }
  const units = raw.replace(/[,_]/g, '')
  if (!/^\d+(\.\d+)?$/.test(units)) fail(`\`value\` for ${parameter} must be a number of token units, like 1200000.`)
  return new Decimal(units).toFixed()
}

function oneOf(value: string, allowed: readonly string[], name: string): string {
  if (!allowed.includes(value)) fail(`\`${name}\` must be one of ${allowed.join(', ')}.`)
  return value
}

function fail(message: string): never {
  throw new InputError(message)
}
