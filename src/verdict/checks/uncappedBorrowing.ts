import Decimal from 'decimal.js'
import type { Finding } from '../../model.ts'
import type { Check } from '../check.ts'

/**
 * A change that lets a volatile asset be borrowed with no borrow cap. The engine stresses the positions that
 * exist and does not model new borrowing, so the short this allows is not in its numbers — and an uncapped
 * short of a thin asset is how Aave v2 took CRV bad debt in November 2022 (squeeze of a ~92M CRV short).
 */
export const uncappedBorrowing: Check = {
  name: 'uncapped-borrowing',
  run: ({ changes, stateAfter }) =>
    stateAfter.assets
      .filter((asset) => changes.some((change) => (change.param === 'borrowingEnabled' || change.param === 'borrowCap') && (change.asset?.toLowerCase() === asset.address.toLowerCase() || change.symbol === asset.symbol)))
      .filter((asset) => asset.borrowingEnabled && !asset.frozen && new Decimal(asset.borrowCap).isZero() && asset.peg?.to !== 'USD')
      .map(
        (asset): Finding => ({
          check: 'uncapped-borrowing',
          severity: 'warning',
          title: `${asset.symbol} borrowable with no borrow cap`,
          why: `After the change any account can borrow — short — ${asset.symbol} without limit against other collateral; if ${asset.symbol} is then squeezed upwards the short's collateral stops covering it, as with CRV on Aave v2 in November 2022. The stress numbers cover existing positions only, not the new borrowing this allows. A borrow cap bounds it.`,
        }),
      ),
}
