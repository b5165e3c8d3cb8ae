/**
 * Rosters shared by the tests: Lạc Sơn across the 1 July 2025 reform.
 */
import type { Roster } from "@lantoa/hierarchy"

/**
 * The Sở; the Phòng GD&ĐT Lạc Sơn, dissolved with the district level on
 * 1 July 2025; the commune that takes over its schools; a THCS and a
 * kindergarten that move from the Phòng to the commune; a THPT that reports
 * to the Sở throughout.
 */
export const lacSon = (): Roster => ({
  units: [
    { id: "so", name: "Sở GD&ĐT Hòa Bình", kind: "department" },
    { id: "pgd-lac-son", name: "Phòng GD&ĐT Lạc Sơn", kind: "district-office", parent: "so", validTo: "2025-06-30" },
    { id: "xa-lac-son", name: "UBND xã Lạc Sơn", kind: "commune", parent: "so", validFrom: "2025-07-01" },
    {
      id: "thcs-lac-son",
      name: "Trường THCS Lạc Sơn",
      kind: "lower-secondary",
      parents: [
        { unit: "pgd-lac-son", validTo: "2025-06-30" },
        { unit: "xa-lac-son", validFrom: "2025-07-01" },
      ],
    },
    {
      id: "mn-hoa-ban",
      name: "Trường Mầm non Hoa Ban",
      kind: "kindergarten",
      parents: [
        { unit: "pgd-lac-son", validTo: "2025-06-30" },
        { unit: "xa-lac-son", validFrom: "2025-07-01" },
      ],
    },
    { id: "thpt-lac-son", name: "Trường THPT Lạc Sơn", kind: "upper-secondary", parent: "so" },
  ],
  people: [
    { id: "gd-0001", name: "Lê Văn An", unit: "so", roles: ["department-leader"], partyMember: true },
    { id: "tp-0001", name: "Bùi Văn Hải", unit: "so", roles: ["division-head"], partyMember: true },
    { id: "pp-0001", name: "Đinh Thị Lan", unit: "so", roles: ["division-deputy-head"] },
    { id: "cv-0001", name: "Quách Văn Tú", unit: "so", roles: ["specialist", "communication-officer"] },
    { id: "ht-0001", name: "Hoàng Văn Minh", unit: "thcs-lac-son", roles: ["principal"], partyMember: true },
    { id: "pht-0001", name: "Bùi Thị Thu", unit: "thcs-lac-son", roles: ["vice-principal"] },
    {
      id: "gv-0001",
      name: "Nguyễn Thị Hoa",
      unit: "thcs-lac-son",
      roles: ["teacher", "communication-officer"],
      partyMember: true,
      phone: "0912345678",
    },
    { id: "gv-0002", name: "Trần Văn Nam", unit: "thcs-lac-son", roles: ["teacher"], validTo: "2025-05-31" },
    { id: "gv-0003", name: "Lê Thị Mai", unit: "mn-hoa-ban", roles: ["teacher"], validFrom: "2025-09-01" },
  ],
  channels: [
    {
      id: "fb-thcs-lac-son",
      unit: "thcs-lac-son",
      platform: "facebook-page",
      name: "Trường THCS Lạc Sơn",
      admins: ["ht-0001", "pht-0001"],
    },
    {
      id: "zl-thcs-lac-son",
      unit: "thcs-lac-son",
      platform: "zalo-group",
      name: "Truyền thông Trường THCS Lạc Sơn",
      members: ["ht-0001", "pht-0001", "gv-0001", "gv-0002"],
    },
    { id: "fb-so", unit: "so", platform: "facebook-page", name: "Sở GD&ĐT Hòa Bình", admins: ["tp-0001", "pp-0001"] },
  ],
})
