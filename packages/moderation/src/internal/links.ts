/**
 * Links in a comment: found in the text (with or without a scheme, as
 * spammers write "bit.ly/abc" or "vaytien.vn"), reduced to their host, and
 * checked against the hosts a policy trusts.
 *
 * @internal
 */

// A scheme or "www.", or a bare host ending in a top-level domain that
// spam and scam comments use; a path may follow.
const LINK =
  /(?:https?:\/\/|www\.)[^\s<>"'()]+|(?<![\p{L}\p{N}@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|info|biz|vn|xyz|top|club|online|site|shop|store|link|live|io|co|me|ly|cc|tk|app|dev|asia|pro|fun|vip|bet)(?![\p{L}\p{N}-])(?:[/?#][^\s<>"'()]*)?/giu

const NONE: ReadonlyArray<string> = Object.freeze([])
const DOT_LETTER = /\.[a-z]/i

/** The links written in a text. */
export const linksIn = (text: string): ReadonlyArray<string> => {
  // Cheap test first: every link has a dot followed by a letter.
  if (!DOT_LETTER.test(text)) return NONE
  return text.match(LINK) ?? NONE
}

/** The host of a link, lower case, without "www."; undefined when there is none. */
export const hostOf = (link: string): string | undefined => {
  const trimmed = link.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
  const host = trimmed.split(/[/?#:]/, 1)[0]?.replace(/^www\./, "").replace(/\.$/, "")
  return host === undefined || host === "" ? undefined : host
}

/** Whether a host is one of `allowed` or a subdomain of one. */
export const isAllowedHost = (host: string, allowed: ReadonlyArray<string>): boolean =>
  allowed.some((entry) => {
    const want = entry.toLowerCase().replace(/^www\./, "")
    return host === want || host.endsWith(`.${want}`)
  })
