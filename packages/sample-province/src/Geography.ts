/**
 * The geography of the sample: old Hòa Bình's city and nine districts, the
 * places (old communes and wards) its schools are named after, and the
 * communes that replaced the districts on 1 July 2025.
 *
 * District names and place names are public geographic names, used as
 * labels only. Which schools stand in which place, and which places each
 * 2025 commune took over, are synthetic: no record here describes a real
 * school, and the 2025 commune list is not the official one (Nghị quyết
 * 1676/NQ-UBTVQH15), only its size (46 communes and wards for old Hòa Bình).
 *
 * @since 0.1.0
 * @module
 */

/**
 * A commune or ward of the two-tier government (from 1 July 2025).
 *
 * @example
 * ```ts
 * const commune: Commune2025 = { id: "muong-vang", name: "Mường Vang", ward: false }
 * // its unit: { id: "xa-muong-vang", name: "Ủy ban nhân dân xã Mường Vang", kind: "commune" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Commune2025 {
  /** Slug used in unit ids: `xa-<id>` or `phuong-<id>`. */
  readonly id: string
  /** The commune's name without "xã"/"phường", e.g. "Mường Vang". */
  readonly name: string
  /** A ward (phường) rather than a rural commune (xã). */
  readonly ward: boolean
}

/**
 * A district (or the city) of old Hòa Bình, with what the generator needs to
 * place schools in it.
 *
 * @example
 * ```ts
 * const lacSon = HOA_BINH_DISTRICTS.find((d) => d.id === "lac-son")
 * lacSon?.label                 //=> "huyện Lạc Sơn"
 * lacSon?.communes2025.length   //=> 8
 * ```
 * @since 0.1.0
 * @category models
 */
export interface District {
  /** Slug used in unit ids, e.g. `lac-son` in `pgd-lac-son`. */
  readonly id: string
  /** The name, e.g. "Lạc Sơn". */
  readonly name: string
  /** The name with its level, e.g. "huyện Lạc Sơn", "thành phố Hòa Bình". */
  readonly label: string
  /** Rough population in thousands (2019 census, rounded): a weight for placing schools. */
  readonly population: number
  /** Places (old communes, wards and towns) schools are named after. */
  readonly places: ReadonlyArray<string>
  /** How many THPT schools stand in the district. */
  readonly upperSecondarySchools: number
  /** How many PTDTNT THCS&THPT schools stand in the district. */
  readonly boardingSchools: number
  /** How many PTDTNT THCS schools stand in the district (reporting through its Phòng). */
  readonly boardingLowerSchools: number
  /** The communes and wards that took over the district's places on 1 July 2025. */
  readonly communes2025: ReadonlyArray<Commune2025>
}

const xa = (id: string, name: string): Commune2025 => ({ id, name, ward: false })
const phuong = (id: string, name: string): Commune2025 => ({ id, name, ward: true })

/**
 * The city of Hòa Bình and the nine districts, in the order the plan's
 * offices usually list them (the city first). Place names are unique across
 * the province, so every school name built from them is too.
 *
 * @example
 * ```ts
 * HOA_BINH_DISTRICTS.length                          //=> 10
 * HOA_BINH_DISTRICTS.map((d) => d.id).includes("lac-son") //=> true
 * ```
 * @since 0.1.0
 * @category constants
 */
export const HOA_BINH_DISTRICTS: ReadonlyArray<District> = [
  {
    id: "tp-hoa-binh",
    name: "Hòa Bình",
    label: "thành phố Hòa Bình",
    population: 135,
    places: [
      "Phương Lâm", "Đồng Tiến", "Tân Thịnh", "Tân Hòa", "Thịnh Lang", "Hữu Nghị", "Quỳnh Lâm", "Dân Chủ", "Thống Nhất",
      "Kỳ Sơn", "Trung Minh", "Yên Mông", "Độc Lập", "Mông Hóa", "Quang Tiến", "Thái Thịnh", "Hợp Thành", "Dân Hạ",
    ],
    upperSecondarySchools: 6,
    boardingSchools: 1,
    boardingLowerSchools: 0,
    communes2025: [
      phuong("hoa-binh", "Hòa Bình"),
      phuong("tan-hoa", "Tân Hòa"),
      phuong("thong-nhat", "Thống Nhất"),
      phuong("ky-son", "Kỳ Sơn"),
      xa("quang-tien", "Quang Tiến"),
    ],
  },
  {
    id: "cao-phong",
    name: "Cao Phong",
    label: "huyện Cao Phong",
    population: 46,
    places: ["Cao Phong", "Bắc Phong", "Bình Thanh", "Dũng Phong", "Nam Phong", "Thu Phong", "Thung Nai", "Xuân Phong", "Thạch Yên", "Tây Phong"],
    upperSecondarySchools: 2,
    boardingSchools: 1,
    boardingLowerSchools: 0,
    communes2025: [xa("cao-phong", "Cao Phong"), xa("muong-thang", "Mường Thàng"), xa("thung-nai", "Thung Nai")],
  },
  {
    id: "da-bac",
    name: "Đà Bắc",
    label: "huyện Đà Bắc",
    population: 55,
    places: [
      "Đà Bắc", "Tu Lý", "Hào Lý", "Toàn Sơn", "Cao Sơn", "Tân Minh", "Mường Chiềng", "Đồng Chum", "Giáp Đắt", "Tân Pheo",
      "Tiền Phong", "Vầy Nưa", "Suối Nánh", "Nánh Nghê", "Đồng Ruộng", "Trung Thành", "Hiền Lương",
    ],
    upperSecondarySchools: 3,
    boardingSchools: 0,
    boardingLowerSchools: 1,
    communes2025: [
      xa("da-bac", "Đà Bắc"),
      xa("duc-nhan", "Đức Nhàn"),
      xa("tan-pheo", "Tân Pheo"),
      xa("cao-son", "Cao Sơn"),
      xa("tien-phong", "Tiền Phong"),
    ],
  },
  {
    id: "kim-boi",
    name: "Kim Bôi",
    label: "huyện Kim Bôi",
    population: 120,
    places: [
      "Bo", "Bình Sơn", "Cuối Hạ", "Đông Bắc", "Đú Sáng", "Hợp Tiến", "Hùng Sơn", "Kim Bôi", "Kim Lập", "Mị Hòa",
      "Nam Thượng", "Nuông Dăm", "Sào Báy", "Tú Sơn", "Vĩnh Đồng", "Xuân Thủy", "Thượng Tiến",
    ],
    upperSecondarySchools: 5,
    boardingSchools: 1,
    boardingLowerSchools: 0,
    communes2025: [
      xa("kim-boi", "Kim Bôi"),
      xa("nat-son", "Nật Sơn"),
      xa("muong-dong", "Mường Động"),
      xa("hop-kim", "Hợp Kim"),
      xa("cuoi-ha", "Cuối Hạ"),
      xa("dung-tien", "Dũng Tiến"),
    ],
  },
  {
    id: "lac-son",
    name: "Lạc Sơn",
    label: "huyện Lạc Sơn",
    population: 142,
    places: [
      "Vụ Bản", "Ân Nghĩa", "Bình Hẻm", "Chí Đạo", "Định Cư", "Hương Nhượng", "Miền Đồi", "Mỹ Thành", "Ngọc Lâu", "Ngọc Sơn",
      "Nhân Nghĩa", "Quý Hòa", "Tân Lập", "Tân Mỹ", "Tự Do", "Thượng Cốc", "Văn Nghĩa", "Văn Sơn", "Vũ Bình", "Xuất Hóa",
      "Yên Nghiệp", "Yên Phú", "Bình Chân", "Quyết Thắng",
    ],
    upperSecondarySchools: 5,
    boardingSchools: 2,
    boardingLowerSchools: 0,
    communes2025: [
      xa("lac-son", "Lạc Sơn"),
      xa("muong-vang", "Mường Vang"),
      xa("dai-dong", "Đại Đồng"),
      xa("ngoc-son", "Ngọc Sơn"),
      xa("nhan-nghia", "Nhân Nghĩa"),
      xa("quyet-thang", "Quyết Thắng"),
      xa("thuong-coc", "Thượng Cốc"),
      xa("yen-phu", "Yên Phú"),
    ],
  },
  {
    id: "lac-thuy",
    name: "Lạc Thủy",
    label: "huyện Lạc Thủy",
    population: 56,
    places: ["Chi Nê", "Ba Hàng Đồi", "An Bình", "Đồng Tâm", "Hưng Thi", "Khoan Dụ", "Phú Nghĩa", "Phú Thành", "Yên Bồng", "An Lạc"],
    upperSecondarySchools: 3,
    boardingSchools: 1,
    boardingLowerSchools: 0,
    communes2025: [xa("lac-thuy", "Lạc Thủy"), xa("an-binh", "An Bình"), xa("an-nghia", "An Nghĩa")],
  },
  {
    id: "luong-son",
    name: "Lương Sơn",
    label: "huyện Lương Sơn",
    population: 102,
    places: ["Lương Sơn", "Cao Dương", "Cư Yên", "Hòa Sơn", "Lâm Sơn", "Liên Sơn", "Nhuận Trạch", "Tân Vinh", "Thanh Cao", "Thanh Sơn", "Cao Thắng"],
    upperSecondarySchools: 4,
    boardingSchools: 1,
    boardingLowerSchools: 0,
    communes2025: [xa("luong-son", "Lương Sơn"), xa("cao-duong", "Cao Dương"), xa("lien-son", "Liên Sơn")],
  },
  {
    id: "mai-chau",
    name: "Mai Châu",
    label: "huyện Mai Châu",
    population: 56,
    places: [
      "Mai Châu", "Chiềng Châu", "Mai Hạ", "Mai Hịch", "Vạn Mai", "Bao La", "Pù Pin", "Nà Phòn", "Tòng Đậu", "Đồng Tân",
      "Cun Pheo", "Piềng Vế", "Xăm Khòe", "Noong Luông", "Pà Cò", "Hang Kia",
    ],
    upperSecondarySchools: 2,
    boardingSchools: 2,
    boardingLowerSchools: 0,
    communes2025: [
      xa("mai-chau", "Mai Châu"),
      xa("mai-ha", "Mai Hạ"),
      xa("bao-la", "Bao La"),
      xa("tan-mai", "Tân Mai"),
      xa("pa-co", "Pà Cò"),
    ],
  },
  {
    id: "tan-lac",
    name: "Tân Lạc",
    label: "huyện Tân Lạc",
    population: 85,
    places: [
      "Mãn Đức", "Gia Mô", "Lỗ Sơn", "Ngổ Luông", "Nhân Mỹ", "Phú Cường", "Phú Vinh", "Quyết Chiến", "Suối Hoa", "Thanh Hối",
      "Tử Nê", "Đông Lai", "Ngọc Mỹ", "Mỹ Hòa", "Vân Sơn", "Quy Hậu",
    ],
    upperSecondarySchools: 4,
    boardingSchools: 1,
    boardingLowerSchools: 0,
    communes2025: [
      xa("tan-lac", "Tân Lạc"),
      xa("muong-bi", "Mường Bi"),
      xa("muong-hoa", "Mường Hoa"),
      xa("toan-thang", "Toàn Thắng"),
      xa("van-son", "Vân Sơn"),
    ],
  },
  {
    id: "yen-thuy",
    name: "Yên Thủy",
    label: "huyện Yên Thủy",
    population: 66,
    places: ["Hàng Trạm", "Bảo Hiệu", "Đa Phúc", "Đoàn Kết", "Hữu Lợi", "Lạc Lương", "Lạc Sỹ", "Lạc Thịnh", "Ngọc Lương", "Phú Lai", "Yên Trị"],
    upperSecondarySchools: 2,
    boardingSchools: 1,
    boardingLowerSchools: 0,
    communes2025: [xa("yen-thuy", "Yên Thủy"), xa("lac-luong", "Lạc Lương"), xa("yen-tri", "Yên Trị")],
  },
]
