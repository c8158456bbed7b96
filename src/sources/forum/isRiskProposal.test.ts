import { expect, test } from 'vitest'
import { isRiskProposal } from './isRiskProposal.ts'

// Titles of real Aave forum topics and proposals (shared/data/README.md and governance.aave.com).
test('default', () => {
  expect(isRiskProposal('[ARFC] Chaos Labs Risk Parameter Updates - LTV and LT Alignment')).toBe(true)
  expect(isRiskProposal('Risk Parameter Updates 2022/05/05')).toBe(true)
  expect(isRiskProposal('Freeze stETH, Increase stETH Liq. Threshold to 90%, Pause ETH Borrowing')).toBe(true)
  expect(isRiskProposal('[TEMP CHECK] Add ARB to Arbitrum Aave V3')).toBe(true)
})

test('behavior: topics about other things are not risk proposals', () => {
  expect(isRiskProposal('[ARFC] CRV Interest Rate Curve Upgrade')).toBe(false)
  expect(isRiskProposal('Aave Community Call Notes')).toBe(false)
})
