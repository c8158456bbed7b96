import { expect, test } from 'vitest'
import { autoDeleverage, binanceAdlScore, bitmexAdlScore, type DeleveragePosition, hyperliquidAdlScore } from './autoDeleverage.ts'

const long = (account: string, size: number, entryPrice: number, bankruptcyPrice: number, extra: Partial<DeleveragePosition> = {}): DeleveragePosition => ({
  account,
  side: 'long',
  size,
  entryPrice,
  bankruptcyPrice,
  ...extra,
})

test('default: BitMEX’s documented example — a short of 20 liquidated at a bankruptcy price of 650 takes accounts 2 and 5', () => {
  // https://testnet.bitmex.com/app/autoDeleveragingExamples: six longs ranked 2, 5, 4, 1, 6, 3 (PNL rankings 6…1);
  // "Account 2 will have their entire position of 10 contracts closed, while the remaining 10 contracts from the short
  // liquidation will be assigned to account 5", at the bankruptcy price. The page gives ranks, not positions: these
  // share an entry of 500 and differ in leverage (bankruptcy prices) so that BitMEX's formula ranks them that way.
  const positions = [
    long('1', 10, 500, 550),
    long('2', 10, 500, 625),
    long('3', 20, 500, 400),
    long('4', 30, 500, 600),
    long('5', 20, 500, 610),
    long('6', 10, 500, 500),
    { account: 'other short', side: 'short' as const, size: 50, entryPrice: 700, bankruptcyPrice: 800 },
  ]
  const result = autoDeleverage({ ranking: 'bitmex', bankrupt: { side: 'short', size: 20, bankruptcyPrice: 650 }, markPrice: 650, positions })
  expect(result.fills.map(({ account, size, price }) => ({ account, size, price }))).toEqual([
    { account: '2', size: 10, price: 650 },
    { account: '5', size: 10, price: 650 },
  ])
  expect(result.unfilledSize).toBe(0)
  // the full ranking the example lists: 2, 5, 4, 1, 6, 3
  const ranked = positions.filter((p) => p.side === 'long').sort((a, b) => bitmexAdlScore(b, 650) - bitmexAdlScore(a, 650))
  expect(ranked.map((p) => p.account)).toEqual(['2', '5', '4', '1', '6', '3'])
})

test('behavior: BitMEX’s score is PNL% × effective leverage, and PNL% ÷ leverage for a loser (worked by hand)', () => {
  // 10 contracts long from 500, mark 600, bankrupt at 450: PNL% = (6000 − 5000)/5000 = .2, leverage = 6000/(6000 − 4500) = 4
  expect(bitmexAdlScore(long('a', 10, 500, 450), 600)).toBeCloseTo(0.8, 12)
  // long from 600 at mark 500, bankrupt at 450: PNL% = −1/6, leverage = 5000/500 = 10 → −1/60
  expect(bitmexAdlScore(long('b', 10, 600, 450), 500)).toBeCloseTo(-1 / 60, 12)
  // a short from 600 at mark 500, bankrupt at 700: PNL% = (−5000 + 6000)/6000 = 1/6, leverage = 5000/(−5000 + 7000) = 2.5
  expect(bitmexAdlScore({ account: 's', side: 'short', size: 10, entryPrice: 600, bankruptcyPrice: 700 }, 500)).toBeCloseTo(2.5 / 6, 12)
  // the ranking this replaces, profit/margin × leverage, is PNL% × leverage²: 0.2·4·4 = 3.2 for the first position
})

test('behavior: Binance’s LeveragePnL = PnL% of wallet balance × margin ratio', () => {
  // The formula's worked figures from https://dev.binance.vision/t/how-to-caculating-leverage-pnl-quantile/17801:
  // unrealized profit 40.2 on a wallet balance of 4.27 → PnL% = 40.2 / 4.27 = 9.41; at the margin ratio the
  // account page showed, 13.42 %, LeveragePnL = 9.41 × 13.42 % = 1.26. Maintenance margin = 13.42 % × (4.27 + 40.2).
  const position = long('c', 1, 100, 10, { walletBalanceUsd: 4.27, maintenanceMarginUsd: 0.1342 * (4.27 + 40.2) })
  const markPrice = 140.2 // 1 unit from 100: unrealized 40.2
  expect(binanceAdlScore(position, markPrice)).toBeCloseTo((40.2 / 4.27) * 0.1342, 12)
  expect(Number(binanceAdlScore(position, markPrice).toFixed(2))).toBe(1.26)
  // a loser scores 0; a wallet below 1 USD counts as 1
  expect(binanceAdlScore(long('d', 1, 100, 10, { walletBalanceUsd: 50, maintenanceMarginUsd: 5 }), 90)).toBe(0)
  expect(binanceAdlScore(long('e', 1, 100, 10, { walletBalanceUsd: 0.5, maintenanceMarginUsd: 1 }), 110)).toBeCloseTo((10 / 1) * (1 / 10.5), 12)
})

test('behavior: Hyperliquid ranks only the profitable side by (mark / entry) × (notional / account value), closing at the mark', () => {
  // 10 ETH long from 2,000 at a mark of 2,200 on an account worth 5,000: 1.1 × 22,000 / 5,000 = 4.84
  expect(hyperliquidAdlScore(long('h', 10, 2000, 1700, { accountValueUsd: 5000 }), 2200)).toBeCloseTo(4.84, 12)
  const positions = [
    long('winner', 10, 2000, 1700, { accountValueUsd: 5000 }),
    long('bigger winner', 5, 1500, 1200, { accountValueUsd: 2000 }),
    long('loser', 100, 2500, 2100, { accountValueUsd: 10000 }),
  ]
  const result = autoDeleverage({ ranking: 'hyperliquid', bankrupt: { side: 'short', size: 40, bankruptcyPrice: 2250 }, markPrice: 2200, positions })
  // (2200/1500) × 11,000/2,000 = 8.07 before 4.84; the loser is never taken; 25 units are left unfilled
  expect(result.fills.map((fill) => [fill.account, fill.size, fill.price])).toEqual([
    ['bigger winner', 5, 2200],
    ['winner', 10, 2200],
  ])
  expect(result.unfilledSize).toBe(25)
})

test('behavior: closing at the bankruptcy price instead of the mark is what the deleveraged accounts give up', () => {
  const result = autoDeleverage({ ranking: 'bitmex', bankrupt: { side: 'short', size: 5, bankruptcyPrice: 640 }, markPrice: 650, positions: [long('a', 10, 500, 450)] })
  expect(result.fills).toEqual([{ account: 'a', score: expect.any(Number), size: 5, price: 640, givenUpUsd: 50 }])
})

test('errors: a ranking without the figures it reads, or a bankrupt position without size, is refused', () => {
  expect(() => autoDeleverage({ ranking: 'binance', bankrupt: { side: 'short', size: 1, bankruptcyPrice: 10 }, markPrice: 10, positions: [long('a', 1, 5, 1)] })).toThrow(/wallet balance/)
  expect(() => autoDeleverage({ ranking: 'hyperliquid', bankrupt: { side: 'short', size: 1, bankruptcyPrice: 10 }, markPrice: 10, positions: [long('a', 1, 5, 1)] })).toThrow(/account value/)
  expect(() => autoDeleverage({ ranking: 'bitmex', bankrupt: { side: 'short', size: 0, bankruptcyPrice: 10 }, markPrice: 10, positions: [] })).toThrow(/positive/)
})
