#!/usr/bin/env node
// The `firebreak` command: TypeScript sources run through tsx, so the CLI and the Worker share one codebase.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
