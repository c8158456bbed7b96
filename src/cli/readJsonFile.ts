import { readFile } from 'node:fs/promises'
import { InputError } from '../errors.ts'

/** Reads and parses a JSON file; a missing file or bad JSON is an InputError naming the file. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new InputError(`Cannot read ${path}.`, { details: error instanceof Error ? error.message : undefined })
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new InputError(`${path} is not valid JSON.`, { details: error instanceof Error ? error.message : undefined })
  }
}
