/**
 * The version of the `lantoa` command.
 *
 * @since 0.1.0
 * @module
 */

/**
 * The version of `@lantoa/cli` (a test keeps it equal to package.json's),
 * printed by `lantoa --version` with the contract it speaks.
 *
 * @example
 * ```ts
 * VERSION //=> "0.1.0"
 * ```
 * @since 0.1.0
 * @category constants
 */
export const VERSION = "0.1.0"
