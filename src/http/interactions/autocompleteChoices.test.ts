import { expect, test } from 'vitest'
import type { MarketState } from '../../model.ts'
import { defaultState } from '../../protocols/defaultState.ts'
import { autocompleteChoices } from './autocompleteChoices.ts'

const typing = (name: string, value: string, others: object[] = []) => [{ type: 1, name: 'simulate', options: [...others, { type: 3, name, value, focused: true }] }]

test('default', () => {
  const choices = autocompleteChoices(typing('asset', 'usd') as never)
  expect(choices.length).toBeGreaterThan(0)
  for (const choice of choices) expect(choice.value.toLowerCase()).toContain('usd')
  expect(autocompleteChoices(typing('market', 'aave') as never)).toEqual([{ name: defaultState.name, value: defaultState.market }])
})

test('behavior: never more than 25 choices, even for a market with more assets', () => {
  const big: MarketState = {
    ...defaultState,
    name: 'Big market',
    market: '0x00000000000000000000000000000000000000b1',
    assets: Array.from({ length: 40 }, (_, index) => ({ ...defaultState.assets[0], symbol: `TOK${index}` })),
  }
  const choices = autocompleteChoices(typing('asset', 'tok', [{ type: 3, name: 'market', value: big.market }]) as never, [defaultState, big])
  expect(choices).toHaveLength(25)
  expect(choices[0]).toEqual({ name: 'TOK0', value: 'TOK0' })
})

test('behavior: an option that is not autocompleted gets no choices', () => {
  expect(autocompleteChoices(typing('value', '1') as never)).toEqual([])
  expect(autocompleteChoices(undefined)).toEqual([])
})
