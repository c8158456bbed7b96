/** A message on the CHECKS queue: one version of one discovered proposal (a source_proposals row). */
export type CheckMessage = { key: string; version: string }

/** The dead-letter queue's name ends with this; its messages have failed every retry. */
export const DEAD_LETTER_SUFFIX = '-dlq'
