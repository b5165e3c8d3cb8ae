/** exceljs, loaded after the UTF-8 repair of `./utf8.ts` (import order matters here). */
import "./utf8.js"
import ExcelJS from "exceljs"

export default ExcelJS
