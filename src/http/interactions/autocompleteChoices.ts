import type { APIApplicationCommandOptionChoice, APIApplicationCommandInteractionDataOption } from 'discord-api-types/v10'
import type { MarketState } from '../../model.ts'
import { knownMarkets } from './knownMarkets.ts'

/** Discord shows at most 25 autocomplete choices (interactions docs, autocomplete response). */
export const maxAutocompleteChoices = 25

/**
 * Choices for the option being typed in `/firebreak simulate|recommend`: markets Firebreak holds a
 * state for, or the assets of the chosen market, filtered by what has been typed, at most 25.
 */
export function autocompleteChoices(
  options: APIApplicationCommandInteractionDataOption[] | undefined,
  markets: MarketState[] = knownMarkets,
): APIApplicationCommandOptionChoice<string>[] {
  const subcommand = options?.[0]
  const fields = subcommand && 'options' in subcommand ? (subcommand.options ?? []) : []
  const focused = fields.find((option) => 'focused' in option && option.focused)
  if (!focused || !('value' in focused)) return []
  const typed = String(focused.value).toLowerCase()
  const matches = (text: string) => text.toLowerCase().includes(typed)
  if (focused.name === 'market') {
    return markets
      .filter((state) => matches(state.name) || matches(state.market))
      .slice(0, maxAutocompleteChoices)
      .map((state) => ({ name: state.name.slice(0, 100), value: state.market }))
  }
  if (focused.name === 'asset') {
    const marketOption = fields.find((option) => option.name === 'market')
    const wanted = marketOption && 'value' in marketOption ? String(marketOption.value).toLowerCase() : ''
    const chosen = markets.filter((state) => state.market.toLowerCase() === wanted || state.name.toLowerCase() === wanted)
    return (chosen.length ? chosen : markets)
      .flatMap((state) => state.assets.map((asset) => asset.symbol))
      .filter((symbol, index, all) => all.indexOf(symbol) === index && matches(symbol))
      .slice(0, maxAutocompleteChoices)
      .map((symbol) => ({ name: symbol, value: symbol }))
  }
  return []
}
