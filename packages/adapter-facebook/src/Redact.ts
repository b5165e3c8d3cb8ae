/**
 * Keeping secrets out of what lantoa writes: URLs in errors and logs never
 * carry an access token.
 *
 * Graph puts the caller's `access_token` into the `paging.next` links it
 * returns, so a link copied into an error message or a log line would leak
 * the Page's token. Everything this adapter reports goes through
 * {@link redactUrl} first.
 *
 * @since 0.1.0
 * @module
 */

const SECRET_PARAMS: ReadonlySet<string> = new Set([
  "access_token",
  "appsecret_proof",
  "client_secret",
  "input_token",
  "fb_exchange_token",
  "code",
])

const REDACTED = "<redacted>"

/**
 * A URL (absolute or a path with a query) with the values of secret
 * parameters — `access_token`, `appsecret_proof`, `client_secret`,
 * `input_token`, `fb_exchange_token`, `code` — replaced by `<redacted>`.
 * Text that is not a URL is scrubbed the same way, parameter by parameter.
 *
 * @example
 * ```ts
 * redactUrl("https://graph.facebook.com/v25.0/108/published_posts?limit=100&access_token=EAAB123&after=QVFI")
 * //=> "https://graph.facebook.com/v25.0/108/published_posts?limit=100&access_token=<redacted>&after=QVFI"
 * ```
 * @since 0.1.0
 * @category redaction
 */
export const redactUrl = (url: string): string =>
  url.replace(/([?&#;]|^)([^=&?#;\s]+)=([^&#;\s]*)/g, (match, lead: string, name: string) =>
    SECRET_PARAMS.has(safeDecode(name).toLowerCase()) ? `${lead}${name}=${REDACTED}` : match,
  )

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Removes every occurrence of the given secrets from a text (for messages Facebook wrote). */
export const scrubSecrets = (text: string, secrets: ReadonlyArray<string>): string => {
  let out = redactUrl(text)
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED)
  }
  return out
}
