import type { Options } from "tsup"
import { lantoaBuild } from "../../tsup.config.js"

// `shims`: the CommonJS build gets `import.meta.url` (src/internal/utf8.ts loads exceljs's reader with createRequire).
const config: Options = { ...lantoaBuild({ platform: "node" }), shims: true }

export default config
