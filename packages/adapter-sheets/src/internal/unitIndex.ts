/** Units looked up the way clerks write them: by id, or by name. */
import { headerKey } from "./headers.js"
import type { UnitRecord } from "@lantoa/hierarchy"

/**
 * The key of a unit's name: without case, diacritics or punctuation, without
 * a leading "Trường", and with "Giáo dục và Đào tạo" as "GD&ĐT" — so that
 * "THCS An Lạc" finds "Trường THCS An Lạc" and "Phòng GD&ĐT huyện An Lạc"
 * finds "Phòng Giáo dục và Đào tạo huyện An Lạc".
 */
export const unitKey = (name: string): string =>
  headerKey(name)
    .replace(/^truong /, "")
    .replaceAll("giao duc va dao tao", "gd dt")

/** Looks units up by id (exactly, then without case) and by name (without case or diacritics). */
export class UnitIndex {
  private readonly ids = new Map<string, UnitRecord>()
  private readonly lowerIds = new Map<string, UnitRecord>()
  private readonly names = new Map<string, UnitRecord | null>()

  add(unit: UnitRecord): void {
    this.ids.set(unit.id, unit)
    this.lowerIds.set(unit.id.toLowerCase(), unit)
    const key = unitKey(unit.name)
    this.names.set(key, this.names.has(key) ? null : unit)
  }

  get size(): number {
    return this.ids.size
  }

  byId(text: string): UnitRecord | undefined {
    return this.ids.get(text) ?? this.lowerIds.get(text.toLowerCase())
  }

  /** By name; `null` when two units share the name. */
  byName(text: string): UnitRecord | null | undefined {
    return this.names.get(unitKey(text))
  }

  find(text: string): UnitRecord | null | undefined {
    return this.byId(text) ?? this.byName(text)
  }
}

