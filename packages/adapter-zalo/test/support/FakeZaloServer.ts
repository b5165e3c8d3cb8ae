/**
 * A fake Zalo on 127.0.0.1 speaking the reference's shapes
 * (platform-apis.md §2 and §5.2): the OAuth v4 token endpoint with
 * single-use refresh tokens, the OA API (`/v2.0`, `/v3.0`) and ZNS
 * (`/message/template`, `/message/quota`), with faults to inject — an
 * access token that expires mid-run, -32 rate limits, -230 outside the
 * interaction window, -144 when the daily quota is used up, -214 while an
 * article is processed. One server plays all three hosts.
 *
 * Used by the tests and by examples/zalo-reminders.ts. Synthetic only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

export const FAKE_APP_ID = "3608465248940903967"
export const FAKE_APP_SECRET = "fake_app_secret_do_not_use"
export const FAKE_OA_ID = "388613280878808645"
/** Not a code from the reference (a bad refresh token's code is unconfirmed): any non-zero error of the token endpoint. */
export const INVALID_REFRESH_TOKEN = -14014

export interface TemplateRecord {
  readonly phone: string
  readonly templateId: string
  readonly templateData: Readonly<Record<string, unknown>>
  readonly trackingId: string
  readonly msgId: string
  readonly token: string
}

export interface ConsultationRecord {
  readonly userId: string
  readonly text: string
  readonly messageId: string
  readonly token: string
}

export interface GroupRecord {
  readonly groupId: string
  readonly text: string
  readonly messageId: string
}

export interface FakeZaloOptions {
  /** ZNS daily quota. Default 10,000. */
  readonly dailyQuota?: number
  /** Users inside the 7-day interaction window (may get consultation messages). */
  readonly interacting?: ReadonlyArray<string>
  /** Milliseconds every answer waits, to widen race windows. Default 0. */
  readonly delayMs?: number
  /** Seconds in `expires_in`. Default "90000" (25 h). */
  readonly expiresIn?: string
}

type Json = Record<string, unknown>

export interface FakeZalo {
  readonly baseUrl: string
  readonly close: () => Promise<void>
  /** The pair to seed the client's store with (as issued by a code exchange). */
  readonly initialPair: { readonly accessToken: string; readonly refreshToken: string }
  /** Every access and refresh token the server ever issued. */
  readonly issuedTokens: () => ReadonlyArray<string>
  readonly refreshes: () => number
  readonly templates: () => ReadonlyArray<TemplateRecord>
  readonly consultations: () => ReadonlyArray<ConsultationRecord>
  readonly groupMessages: () => ReadonlyArray<GroupRecord>
  /** Requests in arrival order: `METHOD /path`, and the access token they carried. */
  readonly requests: () => ReadonlyArray<{ readonly route: string; readonly token?: string }>
  /** An ordered trace shared with the test (e.g. "store:save", "api:<token>"). */
  readonly trace: Array<string>
  /** After `calls` more authorised calls, the current access token stops working (-216) until refreshed. */
  readonly expireAccessAfter: (calls: number) => void
  /** Answer the next `times` requests to `path` with Zalo error `code` (HTTP 200). */
  readonly failNext: (path: string, code: number, times?: number, message?: string) => void
  readonly setQuota: (remaining: number) => void
  readonly setInteracting: (userIds: ReadonlyArray<string>) => void
  /** `/v2.0/article/verify` answers -214 this many times before the id. */
  readonly articleProcessing: (times: number) => void
  readonly addArticles: (articles: ReadonlyArray<Json>) => void
  readonly addFollowers: (users: ReadonlyArray<Json>) => void
}

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    request.on("error", reject)
  })

const hex = (n: number, width: number): string => n.toString(16).padStart(width, "0")

/** Starts the fake on an ephemeral port of 127.0.0.1. */
export const startFakeZalo = async (options: FakeZaloOptions = {}): Promise<FakeZalo> => {
  let serial = 0
  const issue = (kind: "AT" | "RT") => `${kind}${hex(++serial, 6)}fake${hex(serial * 7919, 8)}token`
  const issued: Array<string> = []
  const newPair = () => {
    const pair = { accessToken: issue("AT"), refreshToken: issue("RT") }
    issued.push(pair.accessToken, pair.refreshToken)
    return pair
  }
  const initialPair = newPair()
  let validAccess = new Set([initialPair.accessToken])
  let validRefresh = initialPair.refreshToken
  let callsBeforeExpiry: number | undefined
  let refreshes = 0
  let quota = options.dailyQuota ?? 10_000
  const dailyQuota = quota
  let interacting = new Set(options.interacting ?? [])
  let processing = 0
  let messageSerial = 0
  const faults = new Map<string, Array<{ code: number; message: string }>>()
  const templates: Array<TemplateRecord> = []
  const consultations: Array<ConsultationRecord> = []
  const groupMessages: Array<GroupRecord> = []
  const requests: Array<{ route: string; token?: string }> = []
  const articles: Array<Json> = []
  const followers: Array<Json> = []
  const trace: Array<string> = []

  const nextMessageId = () => `${hex(++messageSerial, 8)}fa4e${hex(messageSerial * 31, 8)}`

  const send = async (response: ServerResponse, body: Json, status = 200) => {
    if ((options.delayMs ?? 0) > 0) await new Promise((resolve) => setTimeout(resolve, options.delayMs))
    response.writeHead(status, { "content-type": "application/json; charset=utf-8" })
    response.end(JSON.stringify(body))
  }
  const ok = (data: Json): Json => ({ error: 0, message: "Success", data })
  const error = (code: number, message: string): Json => ({ error: code, message })

  const handleToken = async (response: ServerResponse, request: IncomingMessage, text: string) => {
    const form = new URLSearchParams(text)
    if (request.headers["secret_key"] !== FAKE_APP_SECRET || form.get("app_id") !== FAKE_APP_ID) {
      return send(response, { error: -14002, error_name: "Invalid app", error_reason: "", error_description: "app_id or secret_key is wrong" })
    }
    const grant = form.get("grant_type")
    if (grant === "refresh_token") {
      refreshes++
      trace.push("oauth:refresh")
      if (form.get("refresh_token") !== validRefresh) {
        return send(response, { error: INVALID_REFRESH_TOKEN, error_name: "Invalid refresh token", error_reason: "", error_description: "" })
      }
    } else if (grant === "authorization_code") {
      trace.push("oauth:code")
      if (form.get("code") !== "fake-code" || (form.get("code_verifier") ?? "") === "") {
        return send(response, { error: -14019, error_name: "Invalid code", error_reason: "", error_description: "" })
      }
    } else return send(response, { error: -14001, error_name: "Invalid grant", error_reason: "", error_description: "" })
    const pair = newPair()
    // Single use: the old refresh token dies; old access tokens die with the grant.
    validRefresh = pair.refreshToken
    validAccess = new Set([pair.accessToken])
    callsBeforeExpiry = undefined
    return send(response, { access_token: pair.accessToken, refresh_token: pair.refreshToken, expires_in: options.expiresIn ?? "90000" })
  }

  const handleApi = async (response: ServerResponse, path: string, url: URL, body: Json, token: string) => {
    const queued = faults.get(path)
    const fault = queued?.shift()
    if (fault !== undefined) return send(response, error(fault.code, fault.message))
    switch (path) {
      case "/v2.0/oa/getoa":
        return send(response, ok({ oa_id: FAKE_OA_ID, name: "Sở GD&ĐT Hòa Bình (thử nghiệm)", description: "OA thử nghiệm", is_verified: true }))
      case "/v2.0/article/create":
        if (body["status"] !== "show") return send(response, error(-201, "status should be explicit in tests"))
        return send(response, ok({ token: `tok${hex(articles.length + 1, 8)}` }))
      case "/v2.0/article/verify":
        if (processing > 0) {
          processing--
          return send(response, error(-214, "Article is being processed"))
        }
        return send(response, ok({ id: "9f3c5a1b7e2d4c6a8b0e" }))
      case "/v2.0/article/getslice": {
        const offset = Number(url.searchParams.get("offset") ?? 0)
        const limit = Number(url.searchParams.get("limit") ?? 10)
        return send(response, ok({ total: articles.length, medias: articles.slice(offset, offset + limit) }))
      }
      case "/v3.0/oa/user/getlist": {
        const data = JSON.parse(url.searchParams.get("data") ?? "{}") as { offset?: number; count?: number }
        const offset = data.offset ?? 0
        const count = Math.min(data.count ?? 50, 50)
        const users = followers.slice(offset, offset + count).map((user) => ({ user_id: user["user_id"] }))
        return send(response, ok({ total: followers.length, count: users.length, offset, users }))
      }
      case "/v3.0/oa/user/detail": {
        const data = JSON.parse(url.searchParams.get("data") ?? "{}") as { user_id?: string }
        const user = followers.find((candidate) => candidate["user_id"] === data.user_id)
        return user === undefined ? send(response, error(-213, "User has not followed OA")) : send(response, ok(user))
      }
      case "/v3.0/oa/quota/message": {
        const userId = String(body["user_id"] ?? "")
        return send(response, ok({ last_interaction: interacting.has(userId) ? "1731400000000" : "1700000000000", cs_reply: { remain: 8, total: 8 } }))
      }
      case "/v3.0/oa/message/cs": {
        const userId = String((body["recipient"] as Json | undefined)?.["user_id"] ?? "")
        if (!interacting.has(userId)) return send(response, error(-230, "User has not interacted with the OA in the past 7 days"))
        const messageId = nextMessageId()
        consultations.push({ userId, text: String((body["message"] as Json | undefined)?.["text"] ?? ""), messageId, token })
        return send(response, ok({ message_id: messageId, user_id: userId }))
      }
      case "/v3.0/oa/group/message": {
        const groupId = String((body["recipient"] as Json | undefined)?.["group_id"] ?? "")
        const messageId = nextMessageId()
        groupMessages.push({ groupId, text: String((body["message"] as Json | undefined)?.["text"] ?? ""), messageId })
        return send(response, ok({ message_id: messageId, group_id: groupId }))
      }
      case "/message/quota":
        return send(response, ok({ dailyQuota: String(dailyQuota), remainingQuota: String(quota) }))
      case "/message/template": {
        const phone = String(body["phone"] ?? "")
        if (!/^84\d{9,10}$/.test(phone)) return send(response, error(-108, "Phone number invalid"))
        if (quota <= 0) return send(response, error(-144, "OA exceeded daily ZNS sending limit"))
        quota--
        const msgId = nextMessageId()
        templates.push({
          phone,
          templateId: String(body["template_id"] ?? ""),
          templateData: (body["template_data"] as Json | undefined) ?? {},
          trackingId: String(body["tracking_id"] ?? ""),
          msgId,
          token,
        })
        return send(
          response,
          ok({ msg_id: msgId, sent_time: "1767225600000", sending_mode: "1", quota: { dailyQuota: String(dailyQuota), remainingQuota: String(quota) } }),
        )
      }
      default:
        return send(response, { error: 404, message: `no route ${path}` }, 404)
    }
  }

  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1")
      const text = await readBody(request)
      const path = url.pathname
      if (path === "/v4/oa/access_token" && request.method === "POST") {
        requests.push({ route: `POST ${path}` })
        return handleToken(response, request, text)
      }
      const token = typeof request.headers["access_token"] === "string" ? request.headers["access_token"] : ""
      requests.push({ route: `${request.method ?? "GET"} ${path}`, token })
      trace.push(`api:${token}`)
      if (callsBeforeExpiry !== undefined && validAccess.has(token)) {
        if (callsBeforeExpiry <= 0) validAccess.delete(token)
        else callsBeforeExpiry--
      }
      if (!validAccess.has(token)) return send(response, error(-216, "Access token is invalid"))
      let body: Json = {}
      if (text !== "") {
        try {
          body = JSON.parse(text) as Json
        } catch {
          return send(response, error(-201, "Invalid JSON"))
        }
      }
      return handleApi(response, path, url, body, token)
    })().catch((cause: unknown) => {
      response.writeHead(500)
      response.end(String(cause))
    })
  })

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((cause) => (cause === undefined ? resolve() : reject(cause)))
      }),
    initialPair,
    issuedTokens: () => [...issued],
    refreshes: () => refreshes,
    templates: () => [...templates],
    consultations: () => [...consultations],
    groupMessages: () => [...groupMessages],
    requests: () => [...requests],
    trace,
    expireAccessAfter: (calls) => {
      callsBeforeExpiry = calls
    },
    failNext: (path, code, times = 1, message = "injected fault") => {
      faults.set(path, [...(faults.get(path) ?? []), ...Array.from({ length: times }, () => ({ code, message }))])
    },
    setQuota: (remaining) => {
      quota = remaining
    },
    setInteracting: (userIds) => {
      interacting = new Set(userIds)
    },
    articleProcessing: (times) => {
      processing = times
    },
    addArticles: (list) => {
      articles.push(...list)
    },
    addFollowers: (list) => {
      followers.push(...list)
    },
  }
}
