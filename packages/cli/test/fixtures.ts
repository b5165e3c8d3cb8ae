/**
 * A small dataset (contract v1) and an in-memory I/O for running the
 * command in-process.
 */
import type { CliIo } from "@lantoa/cli"

const page = (unit: string, name: string) => ({ id: `fb-${unit}`, unit, platform: "facebook-page", name })
const post = (id: string, unit: string, at: string) => ({ id, kind: "post", unit, channel: `fb-${unit}`, at })

/** The Sở, Phòng Lạc Sơn, two schools; in 2024-W46 THCS Lạc Sơn posts, TH Lạc Sơn does not. */
export const dataset = {
  units: [
    { id: "so-gddt", name: "Sở Giáo dục và Đào tạo Hòa Bình", kind: "department" },
    { id: "pgd-lac-son", name: "Phòng Giáo dục và Đào tạo huyện Lạc Sơn", kind: "district-office", parent: "so-gddt" },
    { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary", parent: "pgd-lac-son" },
    { id: "th-lac-son", name: "Trường Tiểu học Lạc Sơn", kind: "primary", parent: "pgd-lac-son" },
  ],
  people: [
    { id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son", roles: ["teacher"], partyMember: true, phone: "0301234567" },
    { id: "gv-0002", name: "Bùi Văn Nam", unit: "th-lac-son", roles: ["teacher"], partyMember: true },
  ],
  channels: [
    page("so-gddt", "Sở GD&ĐT Hòa Bình"),
    page("pgd-lac-son", "Phòng GD&ĐT Lạc Sơn"),
    page("thcs-lac-son", "Trường THCS Lạc Sơn"),
    page("th-lac-son", "Trường Tiểu học Lạc Sơn"),
  ],
  activities: [
    post("facebook:thcs_1", "thcs-lac-son", "2024-11-12T09:00:00+07:00"),
    {
      id: "sheet:share-1",
      kind: "share",
      person: "gv-0001",
      at: "2024-11-13T20:00:00+07:00",
      target: "https://facebook.example/thcs_1",
    },
  ],
}

export interface MemoryIo extends CliIo {
  readonly out: () => string
  readonly err: () => string
}

/** An I/O over a map of files; `now` is fixed. */
export const memoryIo = (files: Record<string, string> = {}, now = "2024-11-20T08:00:00+07:00", stdin = ""): MemoryIo => {
  let out = ""
  let err = ""
  return {
    stdout: (text) => {
      out += text
    },
    stderr: (text) => {
      err += text
    },
    readFile: async (path) => {
      const text = files[path]
      if (text === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" })
      return text
    },
    readStdin: async () => stdin,
    now: () => Date.parse(now),
    out: () => out,
    err: () => err,
  }
}
