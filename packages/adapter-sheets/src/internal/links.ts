/** Links of posts and shares as people paste them, brought to one form for counting each once. */

// Parameters that say who clicked or from where, never what was shared.
const TRACKING = /^(fbclid|mibextid|rdid|sfnsn|igshid|refsrc|ref|__cft__.*|__tn__|utm_.*|share_url|_rdr|si)$/i

/** The link in a canonical form (https, host in lower case without www./m., no tracking, no fragment), or undefined when it is not a web link. */
export const canonicalLink = (text: string): string | undefined => {
  let raw = text.trim()
  if (raw === "" || /\s/.test(raw)) return undefined
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    // "facebook.com/…" without a scheme, as people paste it from the app.
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(raw)) return undefined
    raw = `https://${raw}`
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return undefined
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return undefined
  url.protocol = "https:"
  url.hostname = url.hostname.toLowerCase().replace(/^(www|m|mbasic|web)\./, "")
  url.hash = ""
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key)
  url.searchParams.sort()
  let result = url.toString()
  if (result.endsWith("/") && url.pathname !== "/" && url.search === "") result = result.slice(0, -1)
  return result
}

/** A 53-bit hash of a text in base 36 (cyrb53): short, stable ids for a person's link. */
export const shortHash = (text: string): string => {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}
