/**
 * The tables lantoa reads and writes, with the headers it writes (first)
 * and the variants it recognises. Matching ignores case, diacritics and
 * punctuation, and a header may go on after a known one ("Số điện thoại
 * (Zalo)").
 */
import type { TableSpec } from "./headers.js"

export type UnitField = "id" | "name" | "kind" | "parent" | "validFrom" | "validTo"
export type PersonField = "id" | "name" | "unitCode" | "unitName" | "roles" | "partyMember" | "phone" | "validFrom" | "validTo"
export type ChannelField = "id" | "unitCode" | "unitName" | "platform" | "name" | "url" | "admins" | "members"
export type ActivityField = "at" | "personCode" | "name" | "unitCode" | "unitName" | "link" | "kind"

const VALID_FROM = ["Hiệu lực từ ngày", "Hiệu lực từ", "Từ ngày", "Ngày bắt đầu", "validFrom", "valid from"]
const VALID_TO = ["Hiệu lực đến ngày", "Hiệu lực đến", "Đến ngày", "Ngày kết thúc", "validTo", "valid to"]

export const UNIT_SPEC: TableSpec<UnitField> = {
  fields: [
    { field: "id", header: "Mã đơn vị", aliases: ["Mã", "Mã ĐV", "Mã trường", "Mã số", "ID", "unit id"] },
    { field: "name", header: "Tên đơn vị", aliases: ["Đơn vị", "Tên trường", "Trường", "Tên", "name", "unit"] },
    { field: "kind", header: "Loại đơn vị", aliases: ["Loại", "Loại hình", "Loại trường", "Cấp học", "kind"] },
    {
      field: "parent",
      header: "Đơn vị cấp trên",
      aliases: ["Mã đơn vị cấp trên", "Cấp trên", "Trực thuộc", "Đơn vị quản lý", "Báo cáo về", "parent"],
    },
    { field: "validFrom", header: "Hiệu lực từ ngày", aliases: VALID_FROM },
    { field: "validTo", header: "Hiệu lực đến ngày", aliases: VALID_TO },
  ],
  required: [["name"]],
}

export const PERSON_SPEC: TableSpec<PersonField> = {
  fields: [
    {
      field: "id",
      header: "Mã cán bộ",
      aliases: ["Mã CB", "Mã nhân sự", "Mã định danh", "Mã giáo viên", "Mã GV", "Mã CBGVNV", "Mã", "Mã số", "ID", "person id"],
    },
    { field: "name", header: "Họ và tên", aliases: ["Họ tên", "Họ và tên cán bộ", "Tên cán bộ", "Tên", "name"] },
    { field: "unitCode", header: "Mã đơn vị", aliases: ["Mã ĐV", "Mã trường", "unit"] },
    { field: "unitName", header: "Đơn vị", aliases: ["Tên đơn vị", "Trường", "Tên trường", "Đơn vị công tác", "Nơi công tác"] },
    { field: "roles", header: "Chức vụ", aliases: ["Vai trò", "Chức danh", "Vị trí", "Vị trí việc làm", "roles"] },
    { field: "partyMember", header: "Đảng viên", aliases: ["Là đảng viên", "ĐV", "Đảng viên (x)", "party member", "partyMember"] },
    {
      field: "phone",
      header: "Số điện thoại",
      aliases: ["SĐT", "Số ĐT", "Điện thoại", "Điện thoại di động", "Di động", "ĐT", "phone"],
    },
    { field: "validFrom", header: "Hiệu lực từ ngày", aliases: VALID_FROM },
    { field: "validTo", header: "Hiệu lực đến ngày", aliases: VALID_TO },
  ],
  required: [["name"], ["unitCode", "unitName"]],
}

export const CHANNEL_SPEC: TableSpec<ChannelField> = {
  fields: [
    { field: "id", header: "Mã kênh", aliases: ["Mã", "ID", "channel id"] },
    { field: "unitCode", header: "Mã đơn vị", aliases: ["Mã ĐV", "Mã trường", "unit"] },
    { field: "unitName", header: "Đơn vị", aliases: ["Tên đơn vị", "Trường", "Tên trường"] },
    { field: "platform", header: "Loại kênh", aliases: ["Nền tảng", "Loại", "Kênh", "platform"] },
    { field: "name", header: "Tên kênh", aliases: ["Tên nhóm", "Tên trang", "Tên", "name"] },
    { field: "url", header: "Đường dẫn", aliases: ["Liên kết", "Link", "Địa chỉ", "URL"] },
    { field: "admins", header: "Quản trị viên", aliases: ["Quản trị", "Mã quản trị viên", "admins"] },
    { field: "members", header: "Thành viên", aliases: ["Mã thành viên", "members"] },
  ],
  required: [["platform"], ["unitCode", "unitName"], ["name"]],
}

export const ACTIVITY_SPEC: TableSpec<ActivityField> = {
  fields: [
    { field: "at", header: "Dấu thời gian", aliases: ["Timestamp", "Thời gian", "Thời điểm", "Ngày giờ", "Ngày thực hiện", "Ngày"] },
    {
      field: "personCode",
      header: "Mã cán bộ",
      aliases: ["Mã CB", "Mã nhân sự", "Mã định danh", "Mã giáo viên", "Mã GV", "Mã CBGVNV", "Mã"],
    },
    { field: "name", header: "Họ và tên", aliases: ["Họ tên", "Tên cán bộ", "Tên", "Name"] },
    { field: "unitCode", header: "Mã đơn vị", aliases: ["Mã ĐV", "Mã trường"] },
    { field: "unitName", header: "Đơn vị", aliases: ["Tên đơn vị", "Trường", "Tên trường", "Đơn vị công tác", "Nơi công tác"] },
    {
      field: "link",
      header: "Đường dẫn bài viết",
      aliases: ["Đường dẫn", "Link", "Liên kết", "URL", "Link bài viết", "Đường link", "Địa chỉ bài viết", "Link bài chia sẻ"],
    },
    { field: "kind", header: "Hình thức", aliases: ["Loại", "Hoạt động", "Loại hoạt động", "kind"] },
  ],
  required: [["at"], ["link"], ["personCode", "name"]],
}
