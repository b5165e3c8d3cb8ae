/**
 * The help texts, and the error every usage problem ends in (exit code 2).
 */
import { say, type Text } from "./text.js"
import type { Locale } from "@lantoa/core"

export class UsageError extends Error {
  readonly text: Text
  constructor(text: Text) {
    super(text.en)
    this.text = text
  }
}

/** A problem with the input (a file, its JSON, the policy): exit code 1. */
export class InputError extends Error {
  readonly text: Text
  constructor(text: Text) {
    super(text.en)
    this.text = text
  }
}

const HELP: Text = {
  vi: `lantoa — đánh giá việc thực hiện kế hoạch “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc”

Cách dùng:
  lantoa evaluate --policy <bộ quy định> --data <dữ liệu> [--period <kỳ> | --from <ngày> --to <ngày>]
                  [--activities <tệp>] [--now <thời điểm>] [--format json|table] [--out <tệp>]
                  [--locale vi|en] [--people]
  lantoa schema dataset|policy|report
  lantoa template [roster|activities] [--out <tệp>]
  lantoa --help | --version

Lệnh:
  evaluate   đánh giá dữ liệu theo bộ quy định, in báo cáo (JSON hoặc bảng)
  schema     in JSON Schema của tập dữ liệu, bộ quy định hoặc báo cáo (hợp đồng lantoa/v1)
  template   ghi bảng tính mẫu (có hướng dẫn) để nhập danh sách (roster) hoặc báo cáo chia sẻ (activities);
             không chỉ rõ: ghi cả hai, mau-danh-sach.xlsx và mau-bao-cao-chia-se.xlsx

Tùy chọn của evaluate:
  -p, --policy   bộ quy định có sẵn (hoa-binh-2024, two-tier-2025) hoặc đường dẫn tệp JSON
  -d, --data     tệp dữ liệu JSON; bảng tính danh sách .xlsx, hoặc các tệp .csv cách nhau bằng dấu phẩy;
                 "sample" hoặc "sample:<seed>": tỉnh mẫu; "-": đọc từ đầu vào chuẩn
  -a, --activities  bảng tính tự báo cáo tin, bài đã đăng, chia sẻ (.xlsx, .csv; ví dụ tải từ Google Biểu mẫu)
  --period       kỳ đánh giá: 2024-W49 (tuần), 2024-12 (tháng), 2024-2025/HK1 (học kỳ), 2024-2025 (năm học)
  --from, --to   hoặc từ ngày … đến hết ngày …: --from 2024-11-01 --to 2024-11-30
                 không cho kỳ: tuần gần nhất đã kết thúc trước --now
  --now          thời điểm đánh giá, ví dụ 2024-12-10T08:00:00+07:00 (mặc định: bây giờ)
  --format       json (mặc định) hoặc table (bảng tiếng Việt dễ đọc)
  -o, --out      ghi báo cáo ra tệp: .xlsx (bảng tính có ma trận tuân thủ tô màu), .csv (mỗi bảng một tệp) hoặc .json
  --locale       vi (mặc định) hoặc en
  --people       kèm kết quả của từng người (dữ liệu cá nhân; mặc định chỉ tổng hợp theo đơn vị)

Mã thoát: 0 thành công; 1 dữ liệu vào không hợp lệ (thiếu tệp, JSON lỗi, bộ quy định sai); 2 sai cách dùng.
`,
  en: `lantoa — evaluate the plan “Chủ động lan tỏa thông tin tích cực, đẩy lùi thông tin xấu, độc”

Usage:
  lantoa evaluate --policy <policy> --data <dataset> [--period <id> | --from <date> --to <date>]
                  [--activities <file>] [--now <instant>] [--format json|table] [--out <file>]
                  [--locale vi|en] [--people]
  lantoa schema dataset|policy|report
  lantoa template [roster|activities] [--out <file>]
  lantoa --help | --version

Commands:
  evaluate   evaluate a dataset against a policy and print the report (JSON or a table)
  schema     print the JSON Schema of a dataset, a policy or a report (contract lantoa/v1)
  template   write an empty input workbook with instructions: the roster or the self-reported shares;
             without a name, both: mau-danh-sach.xlsx and mau-bao-cao-chia-se.xlsx

Options of evaluate:
  -p, --policy   a preset (hoa-binh-2024, two-tier-2025) or the path of a JSON file
  -d, --data     a JSON dataset file; a roster workbook (.xlsx), or .csv files separated by commas;
                 "sample" or "sample:<seed>": the sample province; "-": standard input
  -a, --activities  sheets of self-reported posts and shares (.xlsx, .csv; e.g. a Google Forms export)
  --period       2024-W49 (week), 2024-12 (month), 2024-2025/HK1 (semester), 2024-2025 (school year)
  --from, --to   or from a date through a date, both included: --from 2024-11-01 --to 2024-11-30
                 no period: the last week that ended before --now
  --now          the instant of the evaluation, e.g. 2024-12-10T08:00:00+07:00 (default: now)
  --format       json (default) or table (a readable table)
  -o, --out      write the report to a file: .xlsx (a workbook with a coloured compliance matrix),
                 .csv (one file per table) or .json
  --locale       vi (default) or en
  --people       include per-person verdicts (personal data; by default only per-unit counts)

Exit codes: 0 success; 1 invalid input (missing file, bad JSON, invalid policy); 2 usage error.
`,
}

export const helpText = (locale: Locale): string => say(locale, HELP)
