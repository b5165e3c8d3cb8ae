/**
 * A small seeded string hash (cyrb53, public domain): 53 bits, fast, and
 * the same on every engine. Used to break ties without depending on input
 * order, and for stable pseudonyms. Not a cryptographic hash: a pseudonym
 * hides a name from a casual reader of a board, not from someone holding the
 * roster and the seed.
 */
export const hash53 = (text: string, seed = 0): number => {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** Eight characters of base 36 from a hash: "K3F9Q2ZA". */
export const hashCode = (text: string): string => hash53(text).toString(36).toUpperCase().padStart(8, "0").slice(-8)
