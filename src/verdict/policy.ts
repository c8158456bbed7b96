/**
 * A DAO's risk appetite, as configuration: the bounds checks compare against. Values are decimal strings
 * and compared with decimal.js. The defaults are Firebreak's starting point, not any DAO's adopted policy.
 */
export type Policy = {
  /** Rise of the 99 % VaR of bad debt (USD) that makes a change worth a closer look, and one that fails it. */
  var99Increase: { cautionUsd: string; failUsd: string }
  /** Rise in the probability that bad debt exceeds reserves and insurance together, that fails a change. */
  insolvencyProbabilityIncreaseFail: string
  /**
   * The largest step a risk steward may take without a full vote. Aave's risk stewards: ±0.5 percentage
   * points on LTV, LT and bonus, ±100 % on caps (governance.aave.com, "Risk Stewards" ARFC).
   */
  stewardStep: { ratioPoints: string; capRelative: string }
}

export const DEFAULT_POLICY: Policy = {
  var99Increase: { cautionUsd: '100000', failUsd: '1000000' },
  insolvencyProbabilityIncreaseFail: '0.01',
  stewardStep: { ratioPoints: '0.005', capRelative: '1' },
}
