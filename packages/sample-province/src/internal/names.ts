/**
 * Synthetic Vietnamese personal names, drawn from family, middle and given
 * names common in Hòa Bình: Kinh names, Mường family names (Bùi, Đinh,
 * Quách, Xa, Hà, Bạch) and Thái ones (Lò, Lường, Vi) of the western
 * districts. Any combination may happen to be a real person's name; none is
 * taken from a roster, and the real people named in the plan and in the
 * reference notes are excluded by hashed key.
 *
 * @internal
 */
import { nameKey } from "@lantoa/core"
import { type Random, cyrb128, pick, weighted } from "./random.js"

const nfc = (names: ReadonlyArray<string>): ReadonlyArray<string> => names.map((name) => name.normalize("NFC"))

const FAMILY = weighted<string>(
  (
    [
      ["Bùi", 16], ["Nguyễn", 15], ["Đinh", 10], ["Trần", 5], ["Lê", 5], ["Phạm", 5], ["Hà", 4], ["Quách", 4],
      ["Hoàng", 3], ["Vũ", 3], ["Đỗ", 2], ["Xa", 2], ["Đặng", 2], ["Ngô", 2], ["Trương", 1.5], ["Dương", 1.5],
      ["Lò", 1.5], ["Vi", 1], ["Lường", 1], ["Cao", 1], ["Bạch", 1], ["Mai", 1], ["Đào", 1], ["Phùng", 1],
      ["Lương", 1], ["Kiều", 0.5], ["Tạ", 0.5], ["Lưu", 0.5], ["Khuất", 0.5], ["Sa", 0.5],
    ] as const
  ).map(([name, weight]) => [name.normalize("NFC"), weight] as const),
)

const MIDDLE_FEMALE = weighted<string>(
  (
    [
      ["Thị", 62], ["Thu", 5], ["Thanh", 5], ["Ngọc", 4], ["Minh", 3], ["Hồng", 3], ["Thúy", 3], ["Kim", 3],
      ["Phương", 3], ["Bích", 2], ["Thùy", 2], ["Mai", 2], ["Diệu", 1], ["Hoài", 1], ["Khánh", 1],
    ] as const
  ).map(([name, weight]) => [name.normalize("NFC"), weight] as const),
)

const MIDDLE_MALE = weighted<string>(
  (
    [
      ["Văn", 50], ["Đức", 6], ["Minh", 6], ["Quang", 5], ["Hữu", 4], ["Xuân", 4], ["Công", 4], ["Tiến", 3],
      ["Ngọc", 3], ["Mạnh", 3], ["Trung", 3], ["Thanh", 3], ["Duy", 3], ["Đình", 3], ["Anh", 2], ["Hoàng", 2],
      ["Việt", 2], ["Bá", 2],
    ] as const
  ).map(([name, weight]) => [name.normalize("NFC"), weight] as const),
)

// A second middle name after "Thị" ("Bùi Thị Thu Hằng"), common in women's names.
const SECOND_MIDDLE_FEMALE = nfc(["Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Kim", "Diệu", "Phương", "Bích"])

const GIVEN_FEMALE = nfc([
  "Hoa", "Lan", "Hương", "Hường", "Hằng", "Hạnh", "Huyền", "Thủy", "Nga", "Oanh", "Yến", "Trang", "Linh", "Mai",
  "Thảo", "Phương", "Dung", "Nhung", "Loan", "Liên", "Hiền", "Thu", "Hà", "Vân", "Anh", "Ngọc", "Tuyết", "Xuân",
  "Quyên", "Chi", "Giang", "Duyên", "Thắm", "Hậu", "Nhàn", "Tâm", "Thoa", "Huế", "Lụa", "Thơm", "Hòa", "Lý",
  "Nguyệt", "Hồng", "Thúy", "Luyến", "Mơ", "Ngân", "Vui", "Hạnh",
])

const GIVEN_MALE = nfc([
  "Hùng", "Dũng", "Tuấn", "Nam", "Sơn", "Hải", "Long", "Quân", "Thắng", "Cường", "Bình", "Minh", "Đức", "Tùng",
  "Hiếu", "Trung", "Yên", "Thành", "Phong", "Kiên", "Toàn", "Tiến", "Khánh", "Huy", "Hưng", "Lâm", "Việt",
  "Hoàng", "Đạt", "Quyết", "Chiến", "Tài", "Lợi", "Hòa", "Thịnh", "Quang", "Tú", "Vinh", "Hiệp", "Hậu", "Doanh",
  "Thái", "Công", "Mạnh", "Trường", "Sỹ",
])

const hex32 = (n: number): string => n.toString(16).padStart(8, "0")

/**
 * The hash the exclusion list stores: the first 64 bits of cyrb128 over the
 * name's key (core's `nameKey`: case, diacritics and spacing folded away), in
 * hex. Every spelling that folds to the same key has the same hash.
 */
export const nameHash = (name: string): string => {
  const [a, b] = cyrb128(nameKey(name))
  return hex32(a) + hex32(b)
}

/**
 * Real people the sample must never name: those the plan names (its
 * contacts and its signatory) and the officials and others named in the
 * reference notes. Stored as {@link nameHash}es, so that no real name is in
 * the source or the published bundle. The hashes are not a secret (a short
 * name is easy to guess back); they only keep the names out of the text.
 * To add a person, compute `nameHash(name)` locally and add the hex alone.
 */
export const EXCLUDED_NAME_HASHES: ReadonlySet<string> = new Set([
  "44ac9769a90afb36", // the plan's first contact
  "dd9966a3dd2b7508", // the plan's second contact
  "742a4fed83d1c66f", // the plan's signatory (both spellings of the given name fold to this key)
  "a58c0c7eed9f9337", // a Sở director named in the reference notes
  "63b267cee83f8c24", // a former Sở director named in the reference notes
  "e046a39c82dce764", // the author of the lunar-calendar algorithm the reference notes cite
])

/** True when a name folds to the key of a real person the sample excludes. */
export const isExcludedName = (name: string): boolean => EXCLUDED_NAME_HASHES.has(nameHash(name))

/**
 * One draw from the name lists, with no exclusion: what {@link personName}
 * filters.
 */
export const drawName = (rng: Random, female: boolean): string => {
  const family = FAMILY(rng)
  if (female) {
    const middle = MIDDLE_FEMALE(rng)
    const given = pick(rng, GIVEN_FEMALE)
    if (given === middle) return `${family} Thị ${given}`
    if (middle === "Thị" && rng.chance(0.18)) {
      const second = pick(rng, SECOND_MIDDLE_FEMALE)
      if (second !== given) return `${family} Thị ${second} ${given}`
    }
    return `${family} ${middle} ${given}`
  }
  const middle = MIDDLE_MALE(rng)
  const given = pick(rng, GIVEN_MALE)
  return given === middle ? `${family} Văn ${given}` : `${family} ${middle} ${given}`
}

/** A synthetic full name (family, middle, given), in NFC, never one whose key is excluded. */
export const personName = (rng: Random, female: boolean): string => {
  for (;;) {
    const name = drawName(rng, female)
    if (!isExcludedName(name)) return name
  }
}
