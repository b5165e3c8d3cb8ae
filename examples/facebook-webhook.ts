/**
 * A Fanpage's comment control (kiểm soát bình luận, V.4.1 of the plan) as
 * a webhook receiver on 127.0.0.1: Meta's handshake, signature checks over
 * the raw bytes, a 200 at once, then each new comment through the Hòa Bình
 * 2024 moderation policy — hidden through the Graph API when the policy
 * says so without a review, held for a person otherwise — with the case
 * (vụ việc) and its audit trail. The example starts the receiver and a
 * fake Graph API, sends itself a few signed deliveries (one of them twice,
 * one tampered with) and exits.
 *
 *   npx tsx --conditions=@lantoa/source examples/facebook-webhook.ts
 */
import assert from "node:assert/strict"
import { createHmac } from "node:crypto"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import {
  createChangeDeduper,
  createFacebookClient,
  handleWebhook,
  type FacebookPage,
  type ModeratedComment,
} from "@lantoa/adapter-facebook"
import { formatInstant } from "@lantoa/core"
import { createModerator } from "@lantoa/moderation"
import { hoaBinh2024 } from "@lantoa/policy"
import { startFakeGraph } from "./support/fakeGraphServer.js"

// Synthetic secrets: in production, from the app's settings and the Page's token store.
const APP_SECRET = "example_app_secret"
const VERIFY_TOKEN = "hoabinh-verify-token"
const PAGE_TOKEN = "EAAGexamplePageToken"
const PAGE: FacebookPage = { pageId: "108000000000001", channel: "fb-thcs-lac-son", unit: "thcs-lac-son", name: "Trường THCS Lạc Sơn" }
const POST = `${PAGE.pageId}_122100000000000001`
const comment = (n: number) => `122100000000000001_12000000000000${String(n).padStart(2, "0")}`

const graph = await startFakeGraph({
  comments: [1, 2, 3, 4, 5].map((n) => ({ id: comment(n), from: "25000000000000001", message: "" })),
})
const facebook = createFacebookClient({ accessToken: PAGE_TOKEN, baseUrl: graph.baseUrl, retry: { baseDelay: "10 millis" } })
const moderator = createModerator(hoaBinh2024)
const deduper = createChangeDeduper()
const results: Array<ModeratedComment> = []
let work: Promise<void> = Promise.resolve()

// The receiver: raw bytes in, handleWebhook's answer out at once; moderation after the answer.
const receiver = createServer((req, res) => {
  const chunks: Array<Buffer> = []
  req.on("data", (chunk: Buffer) => chunks.push(chunk))
  req.on("end", () => {
    const response = handleWebhook(
      { method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body: Buffer.concat(chunks) },
      { appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, pages: [PAGE] },
    )
    res.writeHead(response.status, response.headers).end(response.body)
    for (const event of response.delivery?.comments ?? []) {
      if (event.verb !== "add" && event.verb !== "edited") continue
      if (!deduper.firstSeen(event.key, Date.now())) continue // a redelivery: already handled
      work = work.then(async () => {
        results.push(await facebook.moderateComment(event.comment, { moderator, page: PAGE }))
      })
    }
  })
})
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/facebook`

/** JSON as Meta writes it: non-ASCII as lowercase \uXXXX, "/" as "\/". */
const metaJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/\//g, "\\/")

const commentDelivery = (n: number, from: string, message: string, at: number) =>
  metaJson({
    object: "page",
    entry: [
      {
        id: PAGE.pageId,
        time: at + 5,
        changes: [{ field: "feed", value: { from: { id: from }, item: "comment", verb: "add", comment_id: comment(n), post_id: POST, parent_id: POST, created_time: at, message } }],
      },
    ],
  })

const deliver = async (body: string, signature = `sha256=${createHmac("sha256", APP_SECRET).update(body).digest("hex")}`) => {
  const response = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signature }, body })
  return response.status
}

try {
  // 1. Meta verifies the endpoint.
  const handshake = await fetch(`${endpoint}?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${VERIFY_TOKEN}`)
  assert.equal(await handshake.text(), "1158201444")
  console.log(`Xác minh webhook: HTTP ${handshake.status}, trả lại mã thử thách 1158201444.`)

  // 2. Signed deliveries: a kind word, an insult, the same insult typed without diacritics, the Page's own reply.
  const at = 1_731_376_800 // 12/11/2024 09:00 (+07:00), Unix seconds as Meta sends them
  const deliveries = [
    commentDelivery(1, "25000000000000001", "Bài viết rất hay, cảm ơn nhà trường!", at),
    commentDelivery(2, "25000000000000002", "Đồ ngu như bò", at + 60),
    commentDelivery(3, "25000000000000003", "do ngu", at + 120),
    commentDelivery(4, PAGE.pageId, "Cảm ơn quý phụ huynh đã quan tâm.", at + 180),
  ]
  for (const body of deliveries) assert.equal(await deliver(body), 200)
  // 3. Meta redelivers the insult (no 200 reached it in time): the same key, handled once.
  assert.equal(await deliver(deliveries[1] as string), 200)
  // 4. A delivery changed on the way: its signature no longer matches.
  const tampered = (deliveries[0] as string).replace("hay", "d\\u1edf")
  assert.equal(await deliver(tampered, `sha256=${createHmac("sha256", APP_SECRET).update(deliveries[0] as string).digest("hex")}`), 403)
  console.log("Bản tin bị sửa trên đường truyền: 403 (chữ ký không khớp), không xử lý.")
  await work

  const OUTCOME: Record<string, string> = {
    clean: "không có vấn đề",
    hidden: "đã ẩn tự động",
    "held-for-review": "chờ người duyệt (không tự động ẩn)",
    "own-comment": "bình luận của chính Trang, bỏ qua",
  }
  for (const result of results) {
    console.log(`\nBình luận ${result.comment}: ${OUTCOME[result.outcome] ?? result.outcome}`)
    if (result.incident !== undefined) {
      console.log(`  vụ việc ${result.incident.id} (${result.incident.category}), trạng thái ${result.incident.state}`)
      for (const event of result.incident.events) console.log(`    ${formatInstant(event.at)} ${event.type}: ${event.note ?? ""}`)
    }
    if (result.pending.length > 0) console.log(`  việc cần người làm: ${result.pending.map((action) => action.action).join(", ")}`)
  }

  assert.deepEqual(results.map((result) => result.outcome), ["clean", "hidden", "held-for-review", "own-comment"])
  assert.deepEqual([...graph.hidden], [comment(2)]) // only the confident insult was hidden, once
  assert.equal(results[1]?.incident?.state, "actioned")
  assert.equal(results[2]?.incident?.state, "detected")
} finally {
  await new Promise<void>((resolve) => {
    receiver.closeAllConnections()
    receiver.close(() => resolve())
  })
  await graph.close()
}
