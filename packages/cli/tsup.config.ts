import { lantoaBuild } from "../../tsup.config.js"

// Two entries: the library (`run`, the table) and the `lantoa` bin, whose
// `#!/usr/bin/env node` line tsup keeps at the top of dist/cli.js.
export default lantoaBuild({ entry: ["src/index.ts", "src/cli.ts"], platform: "node" })
