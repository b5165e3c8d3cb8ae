/**
 * A readable Vietnamese summary of the sample province: units by kind and by
 * reporting line, staff and party members, channels, and one week of
 * activity.
 *
 *   npm run demo
 */
import { formatOfficialDate, formatPeriod } from "@lantoa/core"
import { PLATFORM_LABELS, PLATFORMS, UNIT_KIND_LABELS, UNIT_KINDS, buildHierarchy, treeAt } from "@lantoa/hierarchy"
import { generateProvince, provinceFacts } from "@lantoa/sample-province"

const options = { seed: "lantoa", activities: { from: "2024-12-02", to: "2024-12-08" } } as const
const WEEK = "2024-W49"
const province = generateProvince(options)
const facts = provinceFacts(options)

/** 18426 → "18.426" (Vietnamese thousands separator), without relying on the machine's locale data. */
const n = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
const pct = (part: number, whole: number): string => `${(whole === 0 ? 0 : (100 * part) / whole).toFixed(1).replace(".", ",")} %`
const row = (label: string, value: string, note = ""): string => `  ${label.padEnd(56)}${value.padStart(8)}${note === "" ? "" : `  ${note}`}`
const lines: Array<string> = []
const say = (line = ""): void => {
  lines.push(line.normalize("NFC"))
}

const department = province.units.find((unit) => unit.kind === "department")
say(`TỈNH MẪU — ${department?.name ?? ""} (dữ liệu tổng hợp, không phải người thật)`)
say()

say("Đơn vị theo loại")
for (const kind of UNIT_KINDS) {
  const count = province.units.filter((unit) => unit.kind === kind).length
  const label = UNIT_KIND_LABELS[kind]
  if (count > 0) say(row(label.vi.length <= 56 ? label.vi : `Trường ${label.short}`, n(count)))
}
const schools = province.units.filter((unit) => unit.kind !== "department" && unit.kind !== "district-office").length
say(row("Tổng số đơn vị", n(province.units.length), `(${schools} trường, trung tâm; kế hoạch ghi 530, danh sách cộng lại 531)`))
say()

const day = "2024-11-15"
const { hierarchy } = buildHierarchy(province)
const tree = treeAt(hierarchy, day)
say(`Tuyến báo cáo ${formatOfficialDate(day)}`)
const offices = province.units.filter((unit) => unit.kind === "district-office")
for (const office of offices) {
  say(row(`qua ${office.name.replace("Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT")}`, n(tree.childrenOf(office.id).length), "trường"))
}
const directly = tree.childrenOf("so-gddt").filter((id) => tree.childrenOf(id).length === 0)
say(row("trực thuộc Sở", n(directly.length), "đơn vị"))
say()

const people = province.people
const party = people.filter((person) => person.partyMember).length
say("Nhân sự")
say(row("Cán bộ quản lý, giáo viên, nhân viên", n(people.length)))
say(row("Đảng viên", n(party), pct(party, people.length)))
say()

say("Kênh truyền thông theo nền tảng")
for (const platform of PLATFORMS) {
  const count = province.channels.filter((channel) => channel.platform === platform).length
  if (count > 0) say(row(PLATFORM_LABELS[platform].vi, n(count)))
}
const missing = new Set(facts.channelFaults.filter((fault) => fault.fault === "missing").map((fault) => fault.unit))
const misnamed = new Set(facts.channelFaults.filter((fault) => fault.fault === "misnamed").map((fault) => fault.unit))
say(row("Đơn vị thiếu một kênh", n(missing.size)))
say(row("Đơn vị đặt tên nhóm sai quy định", n(misnamed.size), '(cần "Truyền thông + Tên đơn vị")'))
say()

const week = province.activities
const posts = week.filter((activity) => activity.kind === "post" && activity.unit !== undefined)
const postsBy = new Map<string, number>()
for (const post of posts) postsBy.set(post.unit as string, (postsBy.get(post.unit as string) ?? 0) + 1)
const met = (kind: "department" | "district-office" | "school", quota: number) => {
  const units = province.units.filter((unit) =>
    kind === "school" ? unit.kind !== "department" && unit.kind !== "district-office" : unit.kind === kind,
  )
  return `${n(units.filter((unit) => (postsBy.get(unit.id) ?? 0) >= quota).length)}/${n(units.length)}`
}
const partyIds = new Set(people.filter((person) => person.partyMember).map((person) => person.id))
const partyActs = week.filter((a) => a.person !== undefined && partyIds.has(a.person) && a.kind !== "reaction")
const activeParty = new Set(partyActs.map((a) => a.person)).size
say(`Hoạt động: ${formatPeriod(WEEK)}`)
say(row("Bài đăng trên Fanpage của các đơn vị", n(posts.length)))
say(row("Sở đạt ≥ 4 bài/tuần", met("department", 4)))
say(row("Phòng GD&ĐT đạt ≥ 3 bài/tuần", met("district-office", 3)))
say(row("Trường, trung tâm đạt ≥ 1 bài/tuần", met("school", 1)))
say(row("Tin, bài đảng viên đăng tải, chia sẻ", n(partyActs.length)))
say(row("Đảng viên có ít nhất 1 tin, bài trong tuần", n(activeParty), pct(activeParty, party)))
say(row("Lượt thích", n(week.filter((a) => a.kind === "reaction").length)))
say(row("Lượt chia sẻ", n(week.filter((a) => a.kind === "share").length)))

console.log(lines.join("\n"))
