/**
 * The word lists of the sample comment stream: clauses parents, pupils and
 * staff write under a school's Facebook posts, written for lantoa (not taken
 * from any page or corpus), and the collision words moderation must not
 * mistake for vulgar or insulting ones.
 *
 * Clauses hold slots (`{teacher}`, `{child}`, …) that {@link fillSlot}
 * fills. A clean clause contains no collision word; a collision clause
 * contains exactly one, the one it is filed under. The fillers contain none,
 * so a comment's collision words are exactly the ones its clauses planted.
 *
 * @internal
 */
import { HOA_BINH_DISTRICTS } from "../Geography.js"
import { personName } from "./names.js"
import { type Random, pick } from "./random.js"

const nfc = (items: ReadonlyArray<string>): ReadonlyArray<string> => items.map((item) => item.normalize("NFC"))

/**
 * Everyday words whose không-dấu form is also the không-dấu form of a
 * vulgar or insulting word, with that folded key. A moderator that folds
 * diacritics away without care hides "các bạn" ("you all") for a slur and
 * "điểm cao" ("high marks") for "prostitute". Keys are folded, lower case.
 */
export const COLLISIONS: ReadonlyArray<{ readonly word: string; readonly key: string; readonly weight: number }> = [
  { word: "các", key: "cac", weight: 14 },
  { word: "buổi", key: "buoi", weight: 10 },
  { word: "điểm", key: "diem", weight: 10 },
  { word: "đi", key: "di", weight: 12 },
  { word: "lớn", key: "lon", weight: 8 },
  { word: "ngủ", key: "ngu", weight: 6 },
  { word: "đủ", key: "du", weight: 6 },
  { word: "phó", key: "pho", weight: 6 },
  { word: "du lịch", key: "du", weight: 6 },
  { word: "lon nước", key: "lon", weight: 4 },
  { word: "Ngữ văn", key: "ngu", weight: 4 },
  { word: "phổ", key: "pho", weight: 4 },
  { word: "dự", key: "du", weight: 4 },
  { word: "đeo", key: "deo", weight: 3 },
].map((entry) => ({ ...entry, word: entry.word.normalize("NFC") }))

/**
 * Folded syllables no clean clause or filler may contain: the collision
 * keys, and `dit`, the key of a vulgar word whose everyday homographs
 * ("đít") the lists simply avoid.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([...COLLISIONS.map((c) => c.key), "dit"])

/** Collision clauses, by collision word. Each contains its word once and no other collision word. */
export const COLLISION_CLAUSES: Readonly<Record<string, ReadonlyArray<string>>> = Object.fromEntries(
  Object.entries({
    các: [
      "Chúc mừng các con đã hoàn thành tốt năm học",
      "Cảm ơn các thầy cô đã luôn tận tâm với {child}",
      "Các bạn {class} hôm nay trình diễn văn nghệ rất hay",
      "Nhà trường gửi lời cảm ơn tới các phụ huynh đã ủng hộ",
      "Mong các em giữ gìn sức khỏe trong mùa thi",
      "Chúc các thầy cô một năm học mới thật nhiều niềm vui",
    ],
    buổi: [
      "Buổi học ngoại khóa hôm nay thật bổ ích",
      "Cho em hỏi buổi học bù {subject} là {day} phải không ạ",
      "Buổi họp phụ huynh {class} bắt đầu lúc {time}",
      "{Child} về kể rất thích buổi chào cờ tuần này",
      "Buổi tọa đàm về an toàn giao thông rất thiết thực",
    ],
    điểm: [
      "Bao giờ trường công bố điểm thi học kỳ ạ",
      "Con được điểm cao {subject} nhờ {teacher} kèm cặp",
      "Chúc mừng {name} đạt điểm tuyệt đối kỳ thi cấp tỉnh",
      "Phụ huynh xem điểm trên sổ liên lạc điện tử nhé",
      "Cho em hỏi điểm chuẩn vào lớp 10 năm nay ạ",
    ],
    đi: [
      "Sáng mai {child} đi học mấy giờ ạ",
      "Cả lớp đi tham quan bảo tàng tỉnh rất vui",
      "Nhớ nhắc {child} đi đường cẩn thận nhé",
      "Mưa to thế này {child} có phải đi học không ạ",
      "Năm nay {child} tự đi xe đạp tới trường rồi",
    ],
    lớn: [
      "Mới ngày nào mà giờ {child} đã lớn thế này rồi",
      "Thành tích lớn của thầy trò {class} năm nay",
      "Sân trường rộng lớn, cây xanh mát mẻ",
      "Ngày hội lớn nhất năm của nhà trường đây rồi",
    ],
    ngủ: [
      "Nhắc {child} ngủ sớm để mai thi thật tốt",
      "Giờ ngủ trưa của {class} từ 11 giờ 30 ạ",
      "Phòng ngủ bán trú sạch sẽ, thoáng mát",
      "Trẻ mầm non được ngủ trưa trên giường riêng",
    ],
    đủ: [
      "Phụ huynh nhớ chuẩn bị đủ sách vở cho {child}",
      "Lớp mình đã đủ sĩ số chưa ạ",
      "Trường đã có đủ phòng học cho năm nay",
      "Mong {child} có đủ sức khỏe để học tốt",
    ],
    phó: [
      "Thầy phó hiệu trưởng phát biểu rất xúc động",
      "Cô phó hiệu trưởng đã trả lời phụ huynh rất rõ",
      "Em là lớp phó học tập của {class}",
      "Thầy phó bí thư đoàn trường hướng dẫn rất nhiệt tình",
    ],
    "du lịch": [
      "Chuyến du lịch hè của trường năm nay ở {place}",
      "Bố mẹ cho {child} du lịch biển dịp hè",
      "Công đoàn tổ chức du lịch cho giáo viên sau tổng kết",
    ],
    "lon nước": [
      "Mỗi bạn được phát một lon nước ngọt sau giải chạy",
      "Thu gom lon nước rỗng để gây quỹ kế hoạch nhỏ",
      "Nhớ bỏ lon nước vào thùng rác tái chế nhé",
    ],
    "Ngữ văn": [
      "{Child} thích nhất môn Ngữ văn của {teacher}",
      "Đề thi Ngữ văn năm nay hay và nhân văn quá",
    ],
    phổ: [
      "Chúc sĩ tử thi tốt nghiệp trung học phổ thông thật tốt",
      "Nhà trường phổ biến nội quy mới cho học sinh",
    ],
    dự: [
      "Tổ chuyên môn dự giờ tiết {subject} của {teacher}",
      "Phụ huynh được mời dự lễ tổng kết năm học",
    ],
    đeo: [
      "Nhắc {child} đeo khẩu trang khi ra đường",
      "Nhắc {child} đội mũ bảo hiểm và đeo thẻ học sinh",
    ],
  }).map(([word, clauses]) => [word.normalize("NFC"), nfc(clauses)]),
)

/**
 * Clean clauses: congratulations, thanks, questions about timetables and
 * meetings, official sources, classrooms, school life. No collision word.
 */
export const CLEAN_CLAUSES: ReadonlyArray<string> = nfc([
  // chúc mừng, cảm ơn
  "Chúc mừng thầy trò nhà trường",
  "Chúc mừng {name} đạt giải nhất hội thi tin học trẻ",
  "Chúc mừng {class} giành giải nhất hội diễn văn nghệ",
  "Cảm ơn {teacher} đã vất vả vì {child}",
  "Cảm ơn nhà trường đã chăm lo cho {child} từng bữa ăn bán trú",
  "Con cảm ơn {teacher} nhiều ạ",
  "Cảm ơn {teacher} đã gửi ảnh hoạt động của lớp",
  "Tự hào về thầy trò trường mình",
  "Chúc mừng ngày Nhà giáo Việt Nam 20/11",
  "Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc",
  "Chúc {teacher} luôn vui vẻ và thành công",
  "Nhìn ảnh thấy {child} vui quá",
  "Hoạt động rất ý nghĩa",
  "Trường mình năm nay đẹp quá",
  "Tuyệt vời quá thầy cô ơi",
  "Thầy cô vất vả quá",
  "Một năm học thật nhiều kỷ niệm",
  "Ảnh đẹp quá, cho xin ảnh gốc với ạ",
  "Chúc mừng đội tuyển {subject} của trường",
  "Thật xúc động khi xem video này",
  // hỏi lịch học, học phí, thủ tục
  "Cho em hỏi lịch học {subject} tuần sau ạ",
  "Cho em hỏi {day} {child} có học không ạ",
  "Lịch học kỳ hai đã có chưa ạ",
  "Khi nào có thời khóa biểu mới ạ",
  "Cho em hỏi thủ tục chuyển trường cần giấy tờ gì ạ",
  "Học phí học kỳ này nộp qua tài khoản nào ạ",
  "Em muốn đăng ký bán trú cho {child} thì liên hệ ai ạ",
  "Khi nào trường nhận hồ sơ tuyển sinh lớp 1 ạ",
  "Cho em xin số điện thoại văn phòng nhà trường ạ",
  "Thứ Bảy này {child} có phải mặc đồng phục không ạ",
  "Nhà em ở xa, có xe đưa đón không ạ",
  "{Child} bị ốm, em xin phép cho nghỉ {day} ạ",
  "Mai {child} nghỉ học ở nhà thì bài tập nhận ở đâu ạ",
  "Lớp {class} năm nay cô nào chủ nhiệm ạ",
  // họp phụ huynh
  "Lịch họp phụ huynh {class} vào {day} lúc {time}",
  "Em xin phép vắng họp phụ huynh vì bận công tác",
  "Họp phụ huynh cuối kỳ có bàn về học thêm không ạ",
  "Ban đại diện cha mẹ học sinh {class} xin thông báo",
  "Nội dung họp phụ huynh đã gửi trên nhóm Zalo của lớp",
  // nguồn tin chính thức, thông báo
  "Phụ huynh theo dõi nguồn tin chính thức trên trang của trường nhé",
  "Thông tin chính thức sẽ được đăng trên trang của Phòng GD&ĐT",
  "Mọi người chỉ nên tin nguồn tin chính thức của nhà trường",
  "Trường đã có thông báo chính thức rồi ạ",
  "Thông báo lịch nghỉ Tết Nguyên đán đã đăng trên trang",
  "Xem thông báo tại {link}",
  "Chi tiết ở đây {link}",
  "Thông báo của Sở GD&ĐT tại {link}",
  // phòng học, cơ sở vật chất
  "Phòng học mới khang trang quá",
  "Phòng học bộ môn được trang bị máy chiếu rất hiện đại",
  "Thư viện trường mới sửa sang rất đẹp",
  "Sân chơi cho trẻ mầm non an toàn, sạch sẽ",
  "Bếp ăn bán trú sạch sẽ, thực đơn phong phú",
  "Nhà vệ sinh của học sinh cần sửa lại ạ",
  "Trường vừa trồng thêm nhiều cây xanh",
  // sự kiện
  "Lễ khai giảng năm nay trang trọng và ấm áp",
  "Hội khỏe Phù Đổng cấp huyện ở {place} rất sôi nổi",
  "Ngày hội đọc sách của trường thật ý nghĩa",
  "Tết Trung thu cho trẻ em vui quá",
  "Hội trại truyền thống ngày 26/3 thật sôi động",
  "Chương trình văn nghệ chào mừng {event} rất hay",
  "Hội thi giáo viên dạy giỏi cấp tỉnh tổ chức tại {place}",
  "Ngày hội STEM của học sinh {place} rất sáng tạo",
  "Cuộc thi vẽ tranh về an toàn giao thông thật bổ ích",
  // học tập
  "{Child} tiến bộ nhiều nhờ {teacher}",
  "{Child} về nhà kể chuyện trên lớp rất hào hứng",
  "Năm nay {child} học {subject} tốt hơn hẳn",
  "Bài tập về nhà {subject} hơi nhiều ạ",
  "Nhờ {teacher} mà {child} mạnh dạn hơn nhiều",
  "Học sinh trường mình ngoan và lễ phép",
  "Mong nhà trường tổ chức thêm hoạt động trải nghiệm",
  "Câu lạc bộ tiếng Anh của trường hoạt động rất hiệu quả",
  "Đội tuyển học sinh giỏi cố gắng lên nhé",
  "Chúc {child} thi thật tốt",
  "Mong {teacher} quan tâm thêm tới {child} ạ",
  "Nhà trường quan tâm học sinh vùng khó khăn ở {place}",
  "Cảm ơn thầy cô đã tới thăm nhà học sinh ở {place}",
])

/** Slot fillers. None contains a collision word. */
const SUBJECTS = nfc([
  "Toán", "Tiếng Anh", "Lịch sử", "Vật lý", "Hóa học", "Sinh học", "Tin học", "Địa lý", "Âm nhạc", "Mỹ thuật",
  "Thể dục", "Công nghệ", "Khoa học tự nhiên", "Tiếng Việt", "Giáo dục công dân",
])
const DAYS = nfc(["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật", "sáng mai", "chiều nay", "tuần sau"])
const TIMES = nfc(["7 giờ 30", "8 giờ", "14 giờ", "15 giờ 30", "7 giờ 15", "16 giờ"])
const EVENTS = nfc([
  "ngày Nhà giáo Việt Nam", "ngày Quốc tế Phụ nữ 8/3", "ngày thành lập Đoàn 26/3", "năm học mới", "Tết Trung thu",
  "ngày hội gia đình", "lễ tổng kết năm học",
])
const CHILDREN = nfc(["con", "cháu", "bé", "em", "con em", "cháu nhà em"])
const TEACHERS = nfc(["thầy cô", "quý thầy cô", "cô chủ nhiệm", "thầy chủ nhiệm", "thầy hiệu trưởng", "cô hiệu trưởng", "cô giáo", "thầy giáo"])
const HOSTS = ["https://facebook.example", "https://example.invalid"]
const SLUGS = ["thong-bao", "tin-tuc", "tuyen-sinh", "lich-hoc", "hoat-dong", "van-ban"]
const PLACES: ReadonlyArray<string> = HOA_BINH_DISTRICTS.map((district) => district.name.normalize("NFC"))

/** Openers and endings that make clauses read like comments. */
export const OPENERS = nfc(["", "", "", "", "Dạ, ", "Thưa thầy cô, ", "Ôi, ", "Nhà trường ơi, ", "Cô ơi, ", "Thầy ơi, "])
export const ENDINGS = nfc(["", ".", ".", "!", " ạ.", "!!", "...", " ❤️", " 👍", " 🎉", " 👏👏", "! 🌸", " 😍"])

const className = (rng: Random): string => {
  const grade = 1 + rng.int(12)
  const letter = "ABCDE"[rng.int(5)] as string
  return grade >= 10 && rng.chance(0.5) ? `lớp ${grade}${letter}${1 + rng.int(4)}` : `lớp ${grade}${letter}`
}

const teacher = (rng: Random): string => {
  if (rng.chance(0.55)) return pick(rng, TEACHERS)
  const female = rng.chance(0.7)
  const given = personName(rng, female).split(" ").pop() as string
  return `${female ? "cô" : "thầy"} ${given}`
}

const link = (rng: Random): string => `${pick(rng, HOSTS)}/${pick(rng, SLUGS)}/${1000 + rng.int(9000)}`

/** The text for one slot name, lower case; `{Child}` is capitalised by the caller. */
export const fillSlot = (rng: Random, slot: string): string => {
  switch (slot.toLowerCase()) {
    case "child":
      return pick(rng, CHILDREN)
    case "teacher":
      return teacher(rng)
    case "class":
      return className(rng)
    case "subject":
      return `môn ${pick(rng, SUBJECTS)}`
    case "day":
      return pick(rng, DAYS)
    case "time":
      return pick(rng, TIMES)
    case "event":
      return pick(rng, EVENTS)
    case "place":
      return pick(rng, PLACES)
    case "name":
      // A synthetic full name (the sample's exclusion applies).
      return personName(rng, rng.chance(0.55))
    case "link":
      return link(rng)
    default:
      throw new Error(`unknown slot {${slot}}`)
  }
}
