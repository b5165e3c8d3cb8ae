/**
 * A small stand-in for the Graph API on 127.0.0.1, for the Facebook
 * examples: it speaks the shapes of the real thing (published posts with
 * summaries and `paging.next` links, comments with `can_hide`, hiding,
 * error envelopes) for synthetic Pages, so the examples run without a
 * network or a real token. Not part of any package.
 */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"

export interface ExamplePost {
  readonly id: string
  /** ISO 8601 with an offset. */
  readonly at: string
  readonly message: string
  readonly reactions?: number
  readonly comments?: number
  readonly shares?: number
}

export interface ExampleComment {
  readonly id: string
  readonly from: string
  readonly message: string
  readonly canHide?: boolean
}

export interface FakeGraphServer {
  readonly baseUrl: string
  /** Comments hidden through the API, by id. */
  readonly hidden: Set<string>
  /** How many requests the server answered (faults included). */
  readonly requests: () => number
  readonly close: () => Promise<void>
}

export interface FakeGraphSetup {
  /** Page id → its token and posts. */
  readonly pages?: Readonly<Record<string, { readonly token: string; readonly posts: ReadonlyArray<ExamplePost> }>>
  /** Comments the Pages may hide, by id. */
  readonly comments?: ReadonlyArray<ExampleComment>
  /** Answer these request numbers (1-based) with a 503, as Facebook sometimes does. */
  readonly failRequests?: ReadonlyArray<number>
}

const graphTime = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, "+0000")

export const startFakeGraph = (setup: FakeGraphSetup): Promise<FakeGraphServer> =>
  new Promise((resolve) => {
    const hidden = new Set<string>()
    const comments = new Map((setup.comments ?? []).map((comment) => [comment.id, comment]))
    let count = 0
    const server = createServer((req, res) => {
      count++
      const send = (status: number, body: unknown) => {
        res.writeHead(status, {
          "content-type": "application/json; charset=UTF-8",
          "x-app-usage": JSON.stringify({ call_count: 12, total_time: 8, total_cputime: 6 }),
        })
        res.end(JSON.stringify(body))
      }
      if (setup.failRequests?.includes(count) === true) return send(503, { error: { message: "Service temporarily unavailable", type: "FacebookApiException", code: 2, fbtrace_id: "ExampleTrace" } })
      const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`)
      const token = (req.headers.authorization ?? "").replace(/^Bearer /, "")
      const [, , id, edge] = url.pathname.split("/")
      if (edge === "published_posts" && id !== undefined) {
        const page = setup.pages?.[id]
        if (page === undefined || page.token !== token) {
          return send(400, { error: { message: "Error validating access token: Session has expired.", type: "OAuthException", code: 190, error_subcode: 463, fbtrace_id: "ExampleTrace" } })
        }
        const since = Number(url.searchParams.get("since")) * 1000
        const until = Number(url.searchParams.get("until")) * 1000
        const posts = page.posts.filter((post) => Date.parse(post.at) >= since && Date.parse(post.at) <= until).sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
        const limit = Number(url.searchParams.get("limit") ?? "25")
        const offset = Number(url.searchParams.get("after") ?? "0")
        const data = posts.slice(offset, offset + limit).map((post) => ({
          id: post.id,
          created_time: graphTime(post.at),
          message: post.message,
          permalink_url: `https://www.facebook.com/${post.id.replace("_", "/posts/")}`,
          ...(post.shares ? { shares: { count: post.shares } } : {}),
          reactions: { data: [], summary: { total_count: post.reactions ?? 0 } },
          comments: { data: [], summary: { order: "chronological", total_count: post.comments ?? 0, can_comment: true } },
        }))
        const next = new URL(url.toString())
        next.searchParams.set("after", String(offset + limit))
        next.searchParams.set("access_token", token) // Graph copies the token into its links; the client strips it
        return send(200, { data, ...(offset + limit < posts.length ? { paging: { next: next.toString() } } : {}) })
      }
      const comment = id === undefined ? undefined : comments.get(id)
      if (comment === undefined) return send(400, { error: { message: "Unsupported request. Object does not exist.", type: "GraphMethodException", code: 100, error_subcode: 33, fbtrace_id: "ExampleTrace" } })
      if (req.method === "GET") return send(200, { id: comment.id, can_hide: comment.canHide ?? true, is_hidden: hidden.has(comment.id) })
      if (req.method === "POST" && url.searchParams.get("is_hidden") === "true") {
        hidden.add(comment.id)
        return send(200, { success: true })
      }
      return send(400, { error: { message: "(#100) Invalid parameter", type: "OAuthException", code: 100, fbtrace_id: "ExampleTrace" } })
    })
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        hidden,
        requests: () => count,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
