import { parseAbi } from 'viem'

// Chainlink AggregatorV3Interface views, read to describe an oracle source; a source that does not answer
// `latestRoundData` is not called a Chainlink feed.
export const priceFeedAbi = parseAbi([
  'function decimals() view returns (uint8)',
  'function description() view returns (string)',
  'function latestRoundData() view returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)',
])
