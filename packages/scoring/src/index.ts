/**
 * @lantoa/scoring (work in progress).
 *
 * @packageDocumentation
 */
export {}
