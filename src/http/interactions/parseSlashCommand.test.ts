import { expect, test } from 'vitest'
import { parseSlashCommand } from './parseSlashCommand.ts'

const sub = (name: string, options: [string, string | number][] = []) =>
  [{ type: 1, name, options: options.map(([option, value]) => ({ type: typeof value === 'number' ? 4 : 3, name: option, value })) }] as never

test('default', () => {
  expect(
    parseSlashCommand(sub('simulate', [['protocol', 'aave-v3'], ['market', 'Aave v3 Ethereum'], ['asset', 'WETH'], ['parameter', 'liquidationThreshold'], ['value', '83.5 %']])),
  ).toEqual({ name: 'simulate', protocol: 'aave-v3', market: 'Aave v3 Ethereum', asset: 'WETH', parameter: 'liquidationThreshold', value: '0.835' })
})

test('behavior: proposals by link or by chain and id; caps in token units', () => {
  expect(parseSlashCommand(sub('check', [['link', 'https://governance.aave.com/t/x/123']]))).toEqual({ name: 'check', link: 'https://governance.aave.com/t/x/123' })
  expect(parseSlashCommand(sub('check', [['chain', 1], ['id', '512']]))).toEqual({ name: 'check', chainId: 1, id: '512' })
  expect(
    parseSlashCommand(sub('simulate', [['protocol', 'aave-v3'], ['market', 'm'], ['asset', 'WETH'], ['parameter', 'supplyCap'], ['value', '1,200,000']])),
  ).toMatchObject({ value: '1200000' })
  expect(parseSlashCommand(sub('recommend', [['asset', 'WETH'], ['parameter', 'collateralFactor']]))).toEqual({ name: 'recommend', asset: 'WETH', parameter: 'collateralFactor' })
  expect(parseSlashCommand(sub('status'))).toEqual({ name: 'status' })
  expect(parseSlashCommand(sub('systemic'))).toEqual({ name: 'systemic' })
})

test('errors: what is wrong is said plainly', () => {
  expect(() => parseSlashCommand(sub('check'))).toThrow('Give the proposal’s `link`, or both `chain` and `id`.')
  expect(() => parseSlashCommand(sub('check', [['link', 'javascript:alert(1)']]))).toThrow('`link` must be an http(s) link')
  expect(() => parseSlashCommand(sub('simulate', [['protocol', 'maker'], ['market', 'm'], ['asset', 'a'], ['parameter', 'supplyCap'], ['value', '1']]))).toThrow(
    '`protocol` must be one of',
  )
  expect(() => parseSlashCommand(sub('simulate', [['protocol', 'aave-v3'], ['market', 'm'], ['asset', 'a'], ['parameter', 'supplyCap'], ['value', 'lots']]))).toThrow(
    'must be a number of token units',
  )
  expect(() => parseSlashCommand(sub('recommend', [['asset', 'WETH'], ['parameter', 'oracle']]))).toThrow('`parameter` must be one of')
  expect(() => parseSlashCommand(undefined)).toThrow('Use one of /firebreak')
})
