import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10'
import type { ParameterName, ProtocolFamily } from '../../model.ts'
import { commandType, optionType } from '../../publish/discord/discordApi.ts'

export const protocolChoices: ProtocolFamily[] = ['aave-v3', 'aave-v2', 'compound-v2', 'compound-v3']

/** Parameters a change can set from chat: numbers only (an oracle or a flag needs a real proposal). */
export const parameterChoices: ParameterName[] = [
  'collateralFactor',
  'liquidationThreshold',
  'liquidationBonus',
  'liquidationProtocolFee',
  'reserveFactor',
  'supplyCap',
  'borrowCap',
  'debtCeiling',
]

/** Parameters with a "largest safe value" the engine can search for (engine/recommend/recommendParameter). */
export const recommendChoices: ParameterName[] = ['collateralFactor', 'liquidationThreshold']

const choices = (values: string[]) => values.map((value) => ({ name: value, value }))

/** `/firebreak` and its subcommands, as registered with Discord by `npm run register-commands`. */
export const firebreakCommand: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: commandType.ChatInput,
  name: 'firebreak',
  description: 'Stress-test governance proposals before you vote',
  options: [
    {
      type: optionType.Subcommand,
      name: 'check',
      description: 'Check a proposal by its link, or by chain and id',
      options: [
        { type: optionType.String, name: 'link', description: 'Link to the proposal or its forum thread', required: false },
        { type: optionType.Integer, name: 'chain', description: 'Chain id, e.g. 1 for Ethereum', required: false },
        { type: optionType.String, name: 'id', description: 'Proposal id on that chain', required: false },
      ],
    },
    {
      type: optionType.Subcommand,
      name: 'simulate',
      description: 'Pre-check a parameter change before proposing it',
      options: [
        { type: optionType.String, name: 'protocol', description: 'Protocol family', required: true, choices: choices(protocolChoices) },
        { type: optionType.String, name: 'market', description: 'Market (pool, comptroller or comet)', required: true, autocomplete: true },
        { type: optionType.String, name: 'asset', description: 'Asset symbol', required: true, autocomplete: true },
        { type: optionType.String, name: 'parameter', description: 'Parameter to change', required: true, choices: choices(parameterChoices) },
        { type: optionType.String, name: 'value', description: 'New value: 0.83 or 83% for ratios, token units for caps', required: true },
      ],
    },
    {
      type: optionType.Subcommand,
      name: 'recommend',
      description: 'The largest safe value of a parameter now',
      options: [
        { type: optionType.String, name: 'asset', description: 'Asset symbol', required: true, autocomplete: true },
        { type: optionType.String, name: 'parameter', description: 'Parameter', required: true, choices: choices(recommendChoices) },
        { type: optionType.String, name: 'market', description: 'Market (defaults to the only one known)', required: false, autocomplete: true },
      ],
    },
    { type: optionType.Subcommand, name: 'status', description: 'What Firebreak watches and its latest verdicts' },
    { type: optionType.Subcommand, name: 'systemic', description: "This week's systemic-risk report: what each protocol's failure costs the others" },
  ],
}
