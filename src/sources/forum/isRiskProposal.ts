const stage = /\[(?:ARFC|TEMP CHECK|ARC|AIP|Direct[- ]to[- ]AIP)\]|\bARFC\b|\bTEMP CHECK\b/i
const subject =
  /\b(?:risk parameters?|parameter updates?|LTV|loan[- ]to[- ]value|liquidation (?:threshold|bonus|penalty)|collateral factors?|supply caps?|borrow caps?|debt ceiling|reserve factor|freeze|oracle|price feed|onboard|listing|deprecat)/i

/**
 * True when a forum topic is a risk proposal Firebreak should pre-check: a governance stage tag
 * (ARFC, TEMP CHECK, ARC, AIP) about risk or a listing, or any title about risk parameters, caps, freezes or oracles.
 */
export function isRiskProposal(title: string): boolean {
  return subject.test(title) || (stage.test(title) && /\b(?:risk|parameter|cap|collateral|oracle|add|list|onboard)/i.test(title))
}
