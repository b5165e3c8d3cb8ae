import { lantoaBuild } from "../../tsup.config.js"

export default lantoaBuild({ platform: "node" })
