/**
 * Datasets the engine tests share: the example of DESIGN.md's contract v1,
 * and a small province (the Sở, one Phòng, three schools) to count on.
 */
import type { Dataset } from "@lantoa/engine"

/** The dataset of "Integration contract v1" in DESIGN.md, as written there. */
export const contractExample: Dataset = {
  units: [
    {
      id: "thcs-lac-son",
      name: "Trường THCS Lạc Sơn",
      kind: "lower-secondary",
      parent: "pgd-lac-son",
      validFrom: "2020-01-01",
      validTo: null,
    },
  ],
  people: [
    {
      id: "gv-0001",
      name: "Nguyễn Thị Hoa",
      unit: "thcs-lac-son",
      roles: ["teacher"],
      partyMember: true,
      phone: "0912345678",
    },
  ],
  channels: [
    {
      id: "fb-thcs-lac-son",
      unit: "thcs-lac-son",
      platform: "facebook-page",
      name: "Trường THCS Lạc Sơn",
      url: "https://facebook.example/thcs-lac-son",
      admins: ["gv-0001"],
      members: [],
    },
  ],
  activities: [
    {
      id: "facebook:108_1221",
      kind: "post",
      unit: "thcs-lac-son",
      channel: "fb-thcs-lac-son",
      at: "2024-11-12T09:00:00+07:00",
      url: "https://facebook.example/108_1221",
    },
    {
      id: "sheet:row-12",
      kind: "share",
      person: "gv-0001",
      at: "2024-11-13T20:00:00+07:00",
      target: "https://facebook.example/108_1221",
    },
  ],
  completions: [{ task: "setup-groups", unit: "thcs-lac-son", at: "2024-11-04T10:00:00+07:00" }],
}

const page = (unit: string, name: string) => ({ id: `fb-${unit}`, unit, platform: "facebook-page" as const, name })

const post = (id: string, unit: string, at: string) => ({ id, kind: "post" as const, unit, channel: `fb-${unit}`, at })

/**
 * The Sở, Phòng Lạc Sơn and three schools (two under the Phòng, one THPT
 * under the Sở), two party members and a teacher. In 2024-W46 (11–17/11):
 * THCS Lạc Sơn posts once (met), TH Lạc Sơn not at all (short), THPT Lạc Sơn
 * once on Sunday at 23:30 (met); the Phòng twice (short of 3); the Sở 4 times.
 * Party member gv-0001 shares once a week through November; gv-0002 never.
 */
export const smallProvince = (): Dataset => ({
  units: [
    { id: "so-gddt", name: "Sở Giáo dục và Đào tạo Hòa Bình", kind: "department" },
    { id: "pgd-lac-son", name: "Phòng Giáo dục và Đào tạo Lạc Sơn", kind: "district-office", parent: "so-gddt" },
    { id: "thcs-lac-son", name: "Trường THCS Lạc Sơn", kind: "lower-secondary", parent: "pgd-lac-son" },
    { id: "th-lac-son", name: "Trường Tiểu học Lạc Sơn", kind: "primary", parent: "pgd-lac-son" },
    { id: "thpt-lac-son", name: "Trường THPT Lạc Sơn", kind: "upper-secondary", parent: "so-gddt" },
  ],
  people: [
    { id: "gv-0001", name: "Nguyễn Thị Hoa", unit: "thcs-lac-son", roles: ["teacher"], partyMember: true, phone: "0301234567" },
    { id: "gv-0002", name: "Bùi Văn Nam", unit: "thcs-lac-son", roles: ["teacher"], partyMember: true },
    { id: "gv-0003", name: "Quách Thị Lan", unit: "th-lac-son", roles: ["teacher"], partyMember: false },
  ],
  channels: [
    page("so-gddt", "Sở GD&ĐT Hòa Bình"),
    page("pgd-lac-son", "Phòng GD&ĐT Lạc Sơn"),
    page("thcs-lac-son", "Trường THCS Lạc Sơn"),
    page("th-lac-son", "Trường Tiểu học Lạc Sơn"),
    page("thpt-lac-son", "Trường THPT Lạc Sơn"),
  ],
  activities: [
    post("facebook:thcs_1", "thcs-lac-son", "2024-11-12T09:00:00+07:00"),
    post("facebook:thpt_1", "thpt-lac-son", "2024-11-17T23:30:00+07:00"),
    post("facebook:pgd_1", "pgd-lac-son", "2024-11-11T08:00:00+07:00"),
    post("facebook:pgd_2", "pgd-lac-son", "2024-11-14T08:00:00+07:00"),
    post("facebook:so_1", "so-gddt", "2024-11-11T08:00:00+07:00"),
    post("facebook:so_2", "so-gddt", "2024-11-12T08:00:00+07:00"),
    post("facebook:so_3", "so-gddt", "2024-11-13T08:00:00+07:00"),
    post("facebook:so_4", "so-gddt", "2024-11-14T08:00:00+07:00"),
    ...["2024-11-04", "2024-11-12", "2024-11-19", "2024-11-26"].map((day, k) => ({
      id: `sheet:share-${k}`,
      kind: "share" as const,
      person: "gv-0001",
      at: `${day}T20:00:00+07:00`,
      target: `https://facebook.example/so_${k}`,
    })),
  ],
})
