/**
 * A fake Graph API speaking the shapes of platform-apis.md (§1.2–1.6, §5.1):
 * published posts with summaries and cursor pagination whose `next` links
 * carry the access token (as Graph's do), comments, hide/unhide/delete,
 * batches, error envelopes and usage headers — with scripted faults.
 *
 * It is a Web handler (`Request → Response`), served on 127.0.0.1 by
 * node:http for the HTTP tests, or called in memory through a `fetch`
 * function for property tests.
 */
import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"

export interface FakePost {
  readonly id: string
  /** Epoch ms. */
  readonly at: number
  readonly message?: string
  readonly reactions?: number
  readonly comments?: number
  readonly shares?: number
  /** Sent without id (an item Graph filtered oddly). */
  readonly broken?: boolean
}

export interface FakeComment {
  readonly id: string
  readonly from: string
  readonly message: string
  readonly at: number
  readonly parent?: string
  readonly canHide?: boolean
  readonly hidden?: boolean
}

export interface FakePage {
  readonly id: string
  readonly token: string
  readonly posts: ReadonlyArray<FakePost>
  /** Sizes of successive pages (0 = an empty page with a next link); then `limit`. */
  readonly split?: ReadonlyArray<number>
  /** Each next page starts this many items early, repeating them (as Graph's cursors may when posts arrive mid-listing). */
  readonly overlap?: number
}

export type Fault =
  | { readonly kind: "graph-error"; readonly status: number; readonly code: number; readonly subcode?: number; readonly message?: string }
  | { readonly kind: "rate-limit"; readonly code: number; readonly regainMinutes?: number; readonly callCount?: number }
  | { readonly kind: "status"; readonly status: number; readonly body?: string }
  | { readonly kind: "hang"; readonly ms: number }
  | { readonly kind: "reset" }
  | { readonly kind: "garbage" }

export interface CallInfo {
  /** 1-based index of the request among all requests the fake received. */
  readonly n: number
  readonly method: string
  readonly path: string
  readonly url: URL
}

export interface FakeGraphOptions {
  readonly version?: string
  readonly pages?: ReadonlyArray<FakePage>
  readonly comments?: Readonly<Record<string, ReadonlyArray<FakeComment>>>
  readonly faults?: (call: CallInfo) => Fault | undefined
  /** Usage headers on every answer. */
  readonly usage?: { readonly app?: Readonly<Record<string, number>>; readonly business?: Readonly<Record<string, unknown>> }
  /** Batch items answered `null` (timed out), by relative URL. */
  readonly batchNull?: (relativeUrl: string) => boolean
  /** Host put in `next` links (default: the request's own). */
  readonly nextOrigin?: string
  /** The last page links back to itself (a Graph bug the client must survive). */
  readonly loopNext?: boolean
}

export interface RecordedCall {
  readonly method: string
  readonly url: string
  readonly authorization: string | undefined
  readonly body: string
}

export class ResetConnection extends Error {}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=UTF-8", ...headers } })

const graphError = (status: number, code: number, message: string, subcode?: number, headers: Record<string, string> = {}): Response =>
  json(status, { error: { message, type: "OAuthException", code, ...(subcode === undefined ? {} : { error_subcode: subcode }), fbtrace_id: `Fake${code}` } }, headers)

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "+0000")

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener("abort", () => {
      clearTimeout(timer)
      reject(new Error("aborted"))
    })
  })

export interface FakeGraph {
  readonly handle: (request: Request, signal?: AbortSignal) => Promise<Response>
  readonly calls: Array<RecordedCall>
  readonly hidden: Map<string, boolean>
  readonly deleted: Set<string>
  /** A `fetch` that answers in memory. */
  readonly fetch: typeof globalThis.fetch
  readonly listen: () => Promise<{ readonly baseUrl: string; readonly close: () => Promise<void> }>
}

export const fakeGraph = (options: FakeGraphOptions = {}): FakeGraph => {
  const version = options.version ?? "v25.0"
  const pages = new Map((options.pages ?? []).map((page) => [page.id, page]))
  const tokens = new Set((options.pages ?? []).map((page) => page.token))
  const comments = new Map<string, FakeComment>()
  const commentsOf = new Map<string, Array<FakeComment>>()
  for (const [objectId, list] of Object.entries(options.comments ?? {})) {
    commentsOf.set(objectId, [...list].sort((a, b) => a.at - b.at))
    for (const comment of list) comments.set(comment.id, comment)
  }
  const hidden = new Map<string, boolean>([...comments.values()].map((comment) => [comment.id, comment.hidden ?? false]))
  const deleted = new Set<string>()
  const calls: Array<RecordedCall> = []

  const usageHeaders = (): Record<string, string> => {
    const headers: Record<string, string> = {}
    if (options.usage?.app !== undefined) headers["x-app-usage"] = JSON.stringify(options.usage.app)
    if (options.usage?.business !== undefined) headers["x-business-use-case-usage"] = JSON.stringify(options.usage.business)
    return headers
  }

  const tokenOf = (request: Request, url: URL): string | undefined => {
    const header = request.headers.get("authorization")
    if (header?.startsWith("Bearer ")) return header.slice(7)
    return url.searchParams.get("access_token") ?? undefined
  }

  const listPage = <A>(
    url: URL,
    items: ReadonlyArray<A>,
    split: ReadonlyArray<number> | undefined,
    render: (item: A) => unknown,
    token: string,
    overlap = 0,
  ) => {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? "25"), 100)
    const cursor = url.searchParams.get("after")
    const [offset, index] = cursor === null ? [0, 0] : Buffer.from(cursor, "base64url").toString().split(",").map(Number) as [number, number]
    const size = split !== undefined && index < split.length ? (split[index] as number) : limit
    const slice = items.slice(offset, offset + size)
    const end = offset + size
    const nextOffset = size > overlap ? end - overlap : end
    const body: Record<string, unknown> = { data: slice.map(render) }
    const paging: Record<string, unknown> = {}
    if (slice.length > 0) {
      paging["cursors"] = {
        before: Buffer.from(`${offset},${index}`).toString("base64url"),
        after: Buffer.from(`${end},${index + 1}`).toString("base64url"),
      }
    }
    if (end < items.length || (options.loopNext === true && cursor !== null)) {
      const next = new URL(url.toString())
      const origin = options.nextOrigin ?? url.origin
      next.searchParams.set("after", end < items.length ? Buffer.from(`${nextOffset},${index + 1}`).toString("base64url") : cursor ?? "")
      next.searchParams.set("access_token", token) // as Graph does: the caller's token in the link
      paging["next"] = `${origin}${next.pathname}${next.search}`
    }
    if (Object.keys(paging).length > 0) body["paging"] = paging
    return json(200, body, usageHeaders())
  }

  const renderPost = (post: FakePost) =>
    post.broken === true
      ? { created_time: iso(post.at) }
      : {
          id: post.id,
          created_time: iso(post.at),
          message: post.message ?? "Tin hoạt động của nhà trường",
          permalink_url: `https://www.facebook.com/${post.id.replace("_", "/posts/")}`,
          ...(post.shares === undefined || post.shares === 0 ? {} : { shares: { count: post.shares } }),
          reactions: { data: [], summary: { total_count: post.reactions ?? 0, viewer_reaction: "NONE" } },
          comments: { data: [], summary: { order: "chronological", total_count: post.comments ?? 0, can_comment: true } },
        }

  const renderComment = (comment: FakeComment) => ({
    id: comment.id,
    from: { id: comment.from },
    message: comment.message,
    created_time: iso(comment.at),
    ...(comment.parent === undefined ? {} : { parent: { id: comment.parent } }),
    is_hidden: hidden.get(comment.id) ?? false,
    can_hide: comment.canHide ?? true,
    can_remove: true,
  })

  const route = async (request: Request, url: URL, body: string, token: string): Promise<Response> => {
    const parts = url.pathname.split("/").filter((part) => part !== "")
    if (parts[0] !== version) return graphError(400, 2635, `(#2635) You are calling a deprecated version of the Graph API.`)
    const [, id, edge] = parts
    if (request.method === "POST" && id === undefined) return batch(request, url, body, token)
    if (id === undefined) return graphError(400, 100, "(#100) Unknown path")
    if (edge === "published_posts") {
      const page = pages.get(id)
      if (page === undefined) return graphError(400, 100, `Unsupported get request. Object with ID '${id}' does not exist`, 33)
      if (page.token !== token) return graphError(400, 190, "Error validating access token: The session is invalid.", 467)
      const since = Number(url.searchParams.get("since") ?? "0") * 1000
      const until = Number(url.searchParams.get("until") ?? `${Number.MAX_SAFE_INTEGER}`) * 1000
      const posts = page.posts.filter((post) => post.at >= since && post.at <= until).sort((a, b) => b.at - a.at)
      return listPage(url, posts, page.split, renderPost, token, page.overlap)
    }
    if (edge === "comments") return listPage(url, commentsOf.get(id) ?? [], undefined, renderComment, token)
    const comment = comments.get(id)
    if (comment === undefined || deleted.has(id)) {
      return graphError(400, 100, `Unsupported ${request.method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, 33)
    }
    if (request.method === "GET") return json(200, renderComment(comment), usageHeaders())
    if (request.method === "DELETE") {
      deleted.add(id)
      return json(200, { success: true }, usageHeaders())
    }
    const form = new URLSearchParams(body)
    const value = url.searchParams.get("is_hidden") ?? form.get("is_hidden")
    if (value === null) return graphError(400, 100, "(#100) Invalid parameter")
    if (comment.canHide === false) return graphError(400, 100, "(#100) This comment cannot be hidden")
    hidden.set(id, value === "true")
    return json(200, { success: true }, usageHeaders())
  }

  const batch = async (request: Request, url: URL, body: string, token: string): Promise<Response> => {
    const items = JSON.parse(new URLSearchParams(body).get("batch") ?? "[]") as Array<{ method: string; relative_url: string; body?: string }>
    if (items.length > 50) return graphError(400, 1, "(#1) Too many requests in batch message. Maximum batch size is 50")
    const answers = await Promise.all(
      items.map(async (item) => {
        if (options.batchNull?.(item.relative_url) === true) return null
        const inner = new URL(`${url.origin}/${version}/${item.relative_url}`)
        const response = await route(new Request(inner, { method: item.method }), inner, item.body ?? "", token)
        return { code: response.status, headers: [{ name: "Content-Type", value: "application/json; charset=UTF-8" }], body: await response.text() }
      }),
    )
    return json(200, answers, usageHeaders())
  }

  let n = 0
  const handle = async (request: Request, signal?: AbortSignal): Promise<Response> => {
    const url = new URL(request.url)
    const body = request.method === "GET" || request.method === "HEAD" ? "" : await request.text()
    calls.push({ method: request.method, url: request.url, authorization: request.headers.get("authorization") ?? undefined, body })
    n++
    const fault = options.faults?.({ n, method: request.method, path: url.pathname, url })
    if (fault !== undefined) {
      switch (fault.kind) {
        case "graph-error":
          return graphError(fault.status, fault.code, fault.message ?? `(#${fault.code}) Fake error`, fault.subcode)
        case "rate-limit": {
          const headers: Record<string, string> = {
            "x-app-usage": JSON.stringify({ call_count: fault.callCount ?? 100, total_time: 40, total_cputime: 35 }),
          }
          if (fault.regainMinutes !== undefined) {
            const pageId = url.pathname.split("/")[2] ?? "0"
            headers["x-business-use-case-usage"] = JSON.stringify({
              [pageId]: [{ type: "pages", call_count: fault.callCount ?? 100, total_cputime: 30, total_time: 30, estimated_time_to_regain_access: fault.regainMinutes }],
            })
          }
          const message =
            fault.code === 80001
              ? "(#80001) There have been too many calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting."
              : `(#${fault.code}) Application request limit reached`
          return graphError(fault.code === 4 ? 403 : 400, fault.code, message, undefined, headers)
        }
        case "status":
          return new Response(fault.body ?? "<html>Service Unavailable</html>", { status: fault.status, headers: { "content-type": "text/html" } })
        case "hang":
          await sleep(fault.ms, signal)
          break
        case "reset":
          throw new ResetConnection("reset")
        case "garbage":
          return new Response("{\"data\": [", { status: 200, headers: { "content-type": "application/json" } })
      }
    }
    const token = tokenOf(request, url)
    if (token === undefined) return graphError(400, 104, "An access token is required to request this resource.")
    if (!tokens.has(token)) return graphError(400, 190, "Error validating access token: Session has expired on Monday, 02-Mar-26 10:00:00 PST.", 463)
    return route(request, url, body, token)
  }

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    try {
      return await handle(request, init?.signal ?? undefined)
    } catch (error) {
      if (error instanceof ResetConnection) throw new TypeError("fetch failed")
      throw error
    }
  }

  const readBody = async (req: IncomingMessage): Promise<Buffer> => {
    const chunks: Array<Buffer> = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }

  const listen = () =>
    new Promise<{ readonly baseUrl: string; readonly close: () => Promise<void> }>((resolve) => {
      const server = createServer((req, res) => {
        void (async () => {
          const controller = new AbortController()
          res.on("close", () => controller.abort())
          const headers = new Headers()
          for (const [name, value] of Object.entries(req.headers)) {
            if (typeof value === "string") headers.set(name, value)
            else if (Array.isArray(value)) headers.set(name, value.join(", "))
          }
          const raw = await readBody(req)
          const method = req.method ?? "GET"
          const request = new Request(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, {
            method,
            headers,
            ...(method === "GET" || method === "HEAD" ? {} : { body: new Uint8Array(raw) }),
          })
          try {
            const response = await handle(request, controller.signal)
            if (res.destroyed) return
            const out: Record<string, string> = {}
            response.headers.forEach((value, name) => {
              out[name] = value
            })
            res.writeHead(response.status, out)
            res.end(Buffer.from(await response.arrayBuffer()))
          } catch {
            req.socket.destroy()
          }
        })()
      })
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo
        resolve({
          baseUrl: `http://127.0.0.1:${port}`,
          close: () =>
            new Promise<void>((done) => {
              server.closeAllConnections()
              server.close(() => done())
            }),
        })
      })
    })

  return { handle, calls, hidden, deleted, fetch, listen }
}
