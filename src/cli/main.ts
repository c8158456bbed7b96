import { BaseError, InputError } from '../errors.ts'
import * as check from './commands/check.ts'
import * as daos from './commands/daos.ts'
import * as decode from './commands/decode.ts'
import * as generateState from './commands/generate-state.ts'
import * as registerCommands from './commands/register-commands.ts'
import * as snapshot from './commands/snapshot.ts'

export type Command = { summary: string; run: (args: string[]) => Promise<number> }

/** `firebreak <command>`: each command is a file in ./commands. */
const commands: Record<string, Command> = { check, daos, decode, 'generate-state': generateState, 'register-commands': registerCommands, snapshot }

const usage = `firebreak — governance risk checks for DeFi

Usage: firebreak <command> [options]

${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(16)}${command.summary}`)
  .join('\n')}

Exit codes: 0 done (PASS or CAUTION for check), 1 FAIL, 2 bad input, 3 REVIEW.`

export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage)
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage}`)
    return 2
  }
  try {
    return await command.run(rest)
  } catch (error) {
    if (error instanceof InputError || (error instanceof Error && error.name === 'TypeError' && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`firebreak ${name}: ${error instanceof BaseError ? error.message : error.message}`)
      return 2
    }
    throw error
  }
}
