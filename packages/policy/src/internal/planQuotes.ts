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

/** V.1 — Nhiệm vụ 1: Kế hoạch, Ban chỉ đạo, Tổ Truyền thông, Quy chế. */
export const TASK_1 = {
  section: "V.1",
  title: "Nhiệm vụ 1: Xây dựng Kế hoạch, thành lập Ban chỉ đạo, Tổ Tuyên truyền, Quy chế hoạt động, phân công nhiệm vụ",
  who: "1.2. Đơn vị thực hiện: Văn phòng Sở, Phòng CTTT-GD&ĐT, CN.",
  when: "1.3. Thời gian hoàn thành: 15/11/2024.",
} as const

/** V.2 — Nhiệm vụ 2: Lập các nhóm (and eNetViet). */
export const TASK_2 = {
  section: "V.2",
  title: "Nhiệm vụ 2: Lập các nhóm",
  who: "2.2. Đơn vị thực hiện: Văn phòng Sở, Tổ Công nghệ thông tin Sở GD&ĐT; Phòng GD&ĐT, các đơn vị, trường học trong toàn tỉnh.",
  when: "2.3. Thời gian hoàn thành: 05/11/2024.",
} as const

/** V.3 — Nhiệm vụ 3: Lập trang Fanpage. */
export const TASK_3 = {
  section: "V.3",
  title: "Nhiệm vụ 3: Lập trang Fanpage",
  who: "3.2. Đơn vị thực hiện: Văn phòng Sở, Tổ Công nghệ thông tin Sở GD&ĐT; Phòng GD&ĐT, các đơn vị, trường học trong toàn tỉnh.",
  when: "3.3. Thời gian hoàn thành: 15/11/2024",
} as const

/** V.6 — Nhiệm vụ 6: Ra mắt mô hình. */
export const TASK_6 = {
  section: "V.6",
  title: "Nhiệm vụ 6: Tổ chức ra mắt mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc”",
  what: "- Ra mắt mô hình “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc” kết hợp với Hội nghị sơ kết 3 năm thực hiện Quy chế phối hợp giữa Sở GD&ĐT và Công an tỉnh.",
  when: "6.3. Thời gian hoàn thành: Tháng 12/2024.",
} as const

/** V.7 — Nhiệm vụ 7: Tổng kết, đánh giá. */
export const TASK_7 = {
  section: "V.7",
  title: "Nhiệm vụ 7: Tổ chức tổng kết, đánh giá mô hình",
  what: "- Báo cáo, đánh giá việc thực hiện mô hình vào dịp sơ kết, tổng kết năm học hàng năm và rút ra bài học kinh nghiệm trong quá trình thực hiện.",
  who: "7.2. Đơn vị thực hiện: Sở GD&ĐT, Phòng GD&ĐT, các đơn vị, trường học và cán bộ, giáo viên, nhân viên.",
  when: "7.3. Thời gian hoàn thành: Vào dịp sơ kết, tổng kết năm học.",
} as const

/** VI.3 and VI.4 — what the Phòng and the units directly under the Sở report, and when. */
export const REPORTS = {
  section: "VI.3, VI.4",
  setupDistrictOffice:
    "- Báo cáo kết quả lập các nhóm Zalo, Messenger, lập trang Fanpage của Phòng GD&ĐT, của các đơn vị trực thuộc về Sở GD&ĐT trước ngày 16/11/2024.",
  setupUnits:
    "- Báo cáo kết quả lập các nhóm Zalo, Messenger, lập trang Fanpage của các đơn vị trực thuộc Sở, các Trung tâm GDNN-GDTX về Sở GD&ĐT trước ngày 16/11/2024.",
  periodic:
    "Định kỳ báo cáo kết quả thực hiện mô hình lồng ghép trong báo cáo hàng tháng, báo cáo sơ kết học kỳ, báo cáo tổng kết năm học.",
} as const

/** The plan's words on bad information: III, IV, V.4.1, V.5.1, VI.2. */
export const MODERATION = {
  purpose:
    "không đăng tải, chia sẻ tin giả, tin sai sự thật, thông tin chưa được kiểm chứng, từ đó “cạnh tranh”, “lấn át” các thông tin tiêu cực, thông tin xấu, độc góp phần định hướng dư luận xã hội, bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới.",
  remove: "- Ngăn chặn có hiệu quả, xử lý, xóa bỏ thông tin xấu, độc trên mạng xã hội; viết tin/bài đấu tranh với các thông tin xấu, độc, phản bác quan điểm sai trái, thù địch.",
  comments: "- Kiểm soát các bình luận của các Fanpage.",
  rebut:
    "- Báo xấu tài khoản; bình luận, viết tin, bài phản bác thông tin chưa được kiểm chứng, thông tin sai sự thật gây ảnh hưởng đến cá nhân, tổ chức; thông tin xúc phạm danh dự, nhân phẩm, vi phạm chuẩn mực đạo đức nhà giáo gây bức xúc trong dư luận xã hội; những hình ảnh phản cảm, ...",
  authorities:
    "- Đề xuất với cơ quan chức năng xử lý đối tượng đăng tin, chia sẻ, bình luận nội dung sai sự thật, thông tin chưa được kiểm chứng liên quan GD&ĐT trên mạng xã hội.",
  hostile:
    "nhận diện, phê phán các biểu hiện lệch lạc, lệch chuẩn trong xã hội, đấu tranh phản bác các quan điểm sai trái, thù địch, chống phá Đảng, Nhà nước, chế độ.",
  approve: "- Duyệt bài, đăng tải lên Fanpage của Sở theo chức năng nhiệm vụ và các nội dung được giao phụ trách.",
  teams: [
    "+ Tổ Truyền thông Giáo dục Mầm non và Giáo dục Tiểu học;",
    "+ Tổ Truyền thông Giáo dục Trung học;",
    "+ Tổ Truyền thông Giáo dục thường xuyên và chuyên nghiệp;",
    "+ Tổ Truyền thông về Giáo dục Chính trị tư tưởng;",
    "+ Tổ Truyền thông các vấn đề khác.",
  ],
} as const
