import type { Env } from '../env.ts'
import { discord } from './discord.ts'
import { discourse } from './discourse.ts'
import type { Publisher } from './publisher.ts'

/** Every place a verdict can be posted, in the order they are tried. */
export const publishers: Publisher[] = [discord, discourse]

/** The publishers with credentials in this environment: each gets a publication row per checked proposal. */
export function configuredPublishers(env: Env): Publisher[] {
  return publishers.filter((publisher) => publisher.configured(env))
}
