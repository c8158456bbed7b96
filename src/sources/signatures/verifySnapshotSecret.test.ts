import { expect, test } from 'vitest'
import { verifySnapshotSecret } from './verifySnapshotSecret.ts'

test('default', () => {
  expect(verifySnapshotSecret({ header: 'snapshot-secret', secret: 'snapshot-secret' })).toBe(true)
})

test('errors: a wrong or missing header, or no secret configured, fail', () => {
  expect(verifySnapshotSecret({ header: 'snapshot-secreT', secret: 'snapshot-secret' })).toBe(false)
  expect(verifySnapshotSecret({ header: undefined, secret: 'snapshot-secret' })).toBe(false)
  expect(verifySnapshotSecret({ header: '', secret: '' })).toBe(false)
})
