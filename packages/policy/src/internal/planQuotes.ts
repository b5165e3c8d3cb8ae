/**
 * The plan's own words, quoted exactly (typos included: "Phân đầu" for
 * "Phấn đấu", "nhóm nhóm Zalo", "TTGDNN-GD&ĐT"), so that every rule of a
 * preset cites the sentence it encodes and a reader can find it in the plan.
 *
 * @internal
 */

/** The document the quotes come from. */
export const PLAN_DOCUMENT =
  "Kế hoạch xây dựng mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc” (Sở GD&ĐT Hòa Bình, 2024)"

/** V.2.1 — Nhiệm vụ 2: Lập các nhóm. */
export const GROUPS = {
  section: "V.2.1",
  school:
    "Mỗi đơn vị, trường học lập 01 nhóm Zalo, 01 nhóm Messenger riêng về công tác truyền thông có tên “Truyền thông + Tên trường”: Thành viên là toàn thể cán bộ, giáo viên, nhân viên nhà trường.",
  districtOffice:
    "Mỗi Phòng GD&ĐT lập 01 nhóm Zalo, 01 nhóm Messenger riêng về công tác truyền thông có tên “Truyền thông+ Tên Phòng GD&ĐT”: Thành viên là các đồng chí Lãnh đạo, chuyên viên Phòng GD&ĐT và các đồng chí Hiệu trưởng của các đơn vị, trường học trực thuộc.",
  department:
    "Sở GD&ĐT lập 01 nhóm nhóm Zalo, 01 nhóm Messenger riêng về công tác truyền thông có tên “Truyền thông Sở GD&ĐT Hòa Bình”: Thành viên là các đồng chí Lãnh đạo Sở, Lãnh đạo Công đoàn Giáo dục Hòa Bình, Trưởng phòng CN,CM,NV Sở; Trưởng phòng GD&ĐT; Hiệu trưởng/Giám đốc các đơn vị, trường học trực thuộc; Giám đốc các TTGDNN-GD&ĐT; Hiệu trưởng trường PTLC Sao Mai và THPT Maya; chuyên viên phụ trách công tác truyền thông hoặc công nghệ thông tin của Phòng GD&ĐT.",
  community:
    "Sở GD&ĐT lập 01 nhóm Zalo cộng đồng về công tác truyền thông có tên “Truyền thông Giáo dục Hòa Bình”: Thành viên là các đồng chí Lãnh đạo Sở, các đồng chí chuyên viên phụ trách công tác truyền thông của các Phòng CN,CM,NV Sở, Phòng GD&ĐT và cán bộ phụ trách truyền thông của tất cả các đơn vị, trường học trong tỉnh.",
  oa: "Sở GD&ĐT lập trang Zalo OA để tuyên truyền trên nền tảng Zalo.",
} as const

/** V.3.1 — Nhiệm vụ 3: Lập trang Fanpage. */
export const FANPAGES = {
  section: "V.3.1",
  school:
    "Mỗi đơn vị, trường học lập 01 Trang Fanpage, cấp quyền quản trị cho các đồng chí trong Ban Giám hiệu/Lãnh đạo đơn vị.",
  districtOffice: "Mỗi Phòng GD&ĐT lập 01 Trang Fanpage, cấp quyền quản trị cho các đồng chí Lãnh đạo Phòng GD&ĐT.",
  department:
    "Trang Fanpage của Sở GD&ĐT: Cấp quyền quản trị cho các đồng chí Trưởng phòng/ Phó Trưởng phòng của các phòng CN,CM,NV.",
} as const

/** V.4.1 — Nhiệm vụ 4: Đẩy mạnh hoạt động của các Fanpage. */
export const POSTS = {
  section: "V.4.1",
  school: "Mỗi đơn vị, trường học đăng tải ít nhất 01 bài, tin/tuần.",
  districtOffice: "Mỗi Phòng GD&ĐT đăng tải ít nhất 03 tin, bài/tuần.",
  department: "Sở GD&ĐT đăng tải ít nhất 04 tin, bài/tuần.",
} as const

/** V.5.1 — Nhiệm vụ 5: Lan tỏa thông tin tích cực, đẩy lùi thông tin xấu độc. */
export const PARTY_MEMBERS = {
  section: "V.5.1",
  text: "Phân đầu mỗi đảng viên là một tuyên truyền viên trên không gian mạng, mỗi đảng viên đăng tải, chia sẻ ít nhất 01 tin, bài/tuần, đảm bảo ít nhất 4 tin, bài/tháng.",
} as const
