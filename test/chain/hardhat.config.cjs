// A bare hardhat network for tests: no compilation (hardhat cannot download solc here; test contracts
// are compiled with the `solc` npm package, see compile.ts), fixed chain id, unlimited contract size.
module.exports = {
  networks: {
    hardhat: {
      chainId: 31337,
      allowUnlimitedContractSize: true,
      mining: { auto: true },
    },
  },
}
