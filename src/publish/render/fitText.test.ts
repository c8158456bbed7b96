import { expect, test } from 'vitest'
import { fitText } from './fitText.ts'

test('default', () => {
  expect(fitText({ text: 'VaR rises. Bad debt doubles.', max: 100 })).toBe('VaR rises. Bad debt doubles.')
})

test('behavior: drops whole sentences, never half of one', () => {
  const text = 'Bad-debt VaR 99 rises from $1.2M to $4.5M. Three accounts hold most of the debt. Lower the step.'
  expect(fitText({ text, max: 60 })).toBe('Bad-debt VaR 99 rises from $1.2M to $4.5M.')
  expect(fitText({ text, max: 80 })).toBe('Bad-debt VaR 99 rises from $1.2M to $4.5M. Three accounts hold most of the debt.')
})

test('behavior: a single over-long sentence keeps whole words and ends with an ellipsis', () => {
  const fitted = fitText({ text: 'Increase the wstETH liquidation threshold on Aave v3 Ethereum', max: 30 })
  expect(fitted).toBe('Increase the wstETH…')
  expect(fitted.length).toBeLessThanOrEqual(30)
})
