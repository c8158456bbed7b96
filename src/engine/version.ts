/** Bumped whenever a change to the engine can change a number it reports. Part of every verdict's provenance. */
export const ENGINE_VERSION = '0.3.1'
