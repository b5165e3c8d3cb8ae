/**
 * The sent log (sổ tin đã gửi): which reminder messages have gone out, so
 * that a rerun — the same day, after a crash, after the token expired —
 * sends nothing twice.
 *
 * A message is claimed (`pending`) before it is sent and marked `sent`
 * after Zalo accepts it; a send Zalo refused is `released` and may be tried
 * by a later run. A message left `pending` by a run that died between the
 * two is "in doubt": Zalo may or may not have delivered it, and it is not
 * sent again (at most once), but reported, so a person can check.
 *
 * Records hold the reminder key, the tracking id and Zalo's message id —
 * never a phone number, a name or a message text.
 *
 * @since 0.1.0
 * @module
 */
import { appendFile, mkdir, open, readFile } from "node:fs/promises"
import { dirname } from "node:path"

/**
 * The state of a message in the log.
 *
 * @example
 * ```ts
 * const status: SentStatus = "sent"
 * ```
 * @since 0.1.0
 * @category models
 */
export type SentStatus = "pending" | "sent" | "released"

/**
 * How a message went out: a consultation message (tin tư vấn) to a Zalo
 * user, a ZNS/ZBS template message (tin theo mẫu) to a phone number, or a
 * message to an OA-owned group.
 *
 * @example
 * ```ts
 * const via: SendRoute = "template"
 * ```
 * @since 0.1.0
 * @category models
 */
export type SendRoute = "consultation" | "template" | "group"

/**
 * One message's latest state in the log.
 *
 * @example
 * ```ts
 * const record: SentRecord = {
 *   key: "quota/party-member-weekly/2024-W45/cb-00042|cb-00042", trackingId: "lt-3f2a…",
 *   status: "sent", at: 1731546000000, via: "template", messageId: "15a0cc0bbb13bd4ce403",
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SentRecord {
  /** `<reminder id>|<person id>`. */
  readonly key: string
  readonly trackingId: string
  readonly status: SentStatus
  /** When the state was recorded (epoch ms). */
  readonly at: number
  readonly via?: SendRoute
  /** Zalo's message id, once sent. */
  readonly messageId?: string
}

/**
 * What {@link SentLog.claim} found: the message is now the caller's to
 * send (`claimed`), it went out before (`already-sent`), or a run died
 * while sending it (`in-doubt`, not sent again).
 *
 * @example
 * ```ts
 * const result: ClaimResult = await log.claim(key, trackingId, now) //=> "claimed"
 * ```
 * @since 0.1.0
 * @category models
 */
export type ClaimResult = "claimed" | "already-sent" | "in-doubt"

/**
 * A sent log. `claim` must be atomic: of concurrent claims of one key,
 * exactly one gets `claimed`. Promise-based, so a log over a database
 * needs no Effect.
 *
 * @example
 * ```ts
 * if ((await log.claim(key, trackingId, now)) === "claimed") {
 *   const { messageId } = await send()
 *   await log.markSent(key, { at: now, via: "template", messageId })
 * }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface SentLog {
  readonly claim: (key: string, trackingId: string, at: number) => Promise<ClaimResult>
  readonly markSent: (key: string, sent: { readonly at: number; readonly via: SendRoute; readonly messageId?: string }) => Promise<void>
  /** Zalo refused the message or it was never sent: a later run may claim it again. */
  readonly release: (key: string, at: number) => Promise<void>
  /** Every message's latest state, in key order. */
  readonly records: () => Promise<ReadonlyArray<SentRecord>>
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** The log's state and transitions, shared by the memory and file logs. */
const makeState = (initial: Iterable<SentRecord>, persist: (record: SentRecord) => Promise<void>): SentLog => {
  const latest = new Map<string, SentRecord>()
  for (const record of initial) latest.set(record.key, record)
  const set = (record: SentRecord): Promise<void> => {
    latest.set(record.key, record)
    return persist(record)
  }
  return {
    claim: async (key, trackingId, at) => {
      // Check and set with no await between them: atomic in one process.
      const previous = latest.get(key)
      if (previous?.status === "sent") return "already-sent"
      if (previous?.status === "pending") return "in-doubt"
      await set({ key, trackingId, status: "pending", at })
      return "claimed"
    },
    markSent: async (key, sent) => {
      const previous = latest.get(key)
      const record: Mutable<SentRecord> = { key, trackingId: previous?.trackingId ?? "", status: "sent", at: sent.at, via: sent.via }
      if (sent.messageId !== undefined) record.messageId = sent.messageId
      await set(record)
    },
    release: async (key, at) => {
      const previous = latest.get(key)
      if (previous === undefined || previous.status === "sent") return
      await set({ key, trackingId: previous.trackingId, status: "released", at })
    },
    records: async () => [...latest.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  }
}

/**
 * A sent log in memory: for tests, and for a process that runs reminders
 * on a schedule without restarting.
 *
 * @example
 * ```ts
 * const log = memorySentLog()
 * await log.claim("a|p1", "lt-1", 0) //=> "claimed"
 * await log.claim("a|p1", "lt-1", 0) //=> "in-doubt"
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const memorySentLog = (records: Iterable<SentRecord> = []): SentLog => makeState(records, async () => {})

const readRecord = (line: string): SentRecord | undefined => {
  try {
    const value = JSON.parse(line) as Record<string, unknown>
    const { key, trackingId, status, at } = value
    if (typeof key !== "string" || typeof trackingId !== "string" || typeof at !== "number") return undefined
    if (status !== "pending" && status !== "sent" && status !== "released") return undefined
    const record: Mutable<SentRecord> = { key, trackingId, status, at }
    if (value["via"] === "consultation" || value["via"] === "template" || value["via"] === "group") record.via = value["via"]
    if (typeof value["messageId"] === "string") record.messageId = value["messageId"]
    return record
  } catch {
    // A line torn by a crash: the state before it stands.
    return undefined
  }
}

/**
 * Opens a sent log kept in a JSON Lines file (one state change per line,
 * appended; mode 0600), creating it if needed. The claim of a message is
 * written before the message is sent. One process at a time per file;
 * within it, claims are atomic and writes go out in order.
 *
 * @example
 * ```ts
 * const log = await openFileSentLog("/var/lib/lantoa/zalo-sent.jsonl")
 * await runReminders(log) // a rerun with the same file sends nothing twice
 * ```
 * @since 0.1.0
 * @category constructors
 */
export const openFileSentLog = async (path: string): Promise<SentLog> => {
  let text = ""
  try {
    text = await readFile(path, "utf8")
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error
  }
  const records = text.split("\n").flatMap((line) => {
    const record = line.trim() === "" ? undefined : readRecord(line)
    return record === undefined ? [] : [record]
  })
  await mkdir(dirname(path), { recursive: true })
  // A line left without its newline by a crash would glue onto the next one.
  if (text !== "" && !text.endsWith("\n")) await appendFile(path, "\n", { mode: 0o600 })
  return makeState(records, batchedAppender(path))
}

/**
 * Appends lines in order, each promise resolving once its line is written.
 * Lines that arrive while a write is in flight go out together in the next
 * one: a run with many messages in flight opens the file a few times, not
 * twice per message.
 */
const batchedAppender = (path: string): ((record: SentRecord) => Promise<void>) => {
  let lines: Array<string> = []
  let waiting: Array<{ readonly resolve: () => void; readonly reject: (error: unknown) => void }> = []
  let writing = false
  const drain = async (): Promise<void> => {
    writing = true
    while (lines.length > 0) {
      const text = lines.join("")
      const settled = waiting
      lines = []
      waiting = []
      try {
        const handle = await open(path, "a", 0o600)
        try {
          await handle.appendFile(text, "utf8")
        } finally {
          await handle.close()
        }
        for (const waiter of settled) waiter.resolve()
      } catch (error) {
        for (const waiter of settled) waiter.reject(error)
      }
    }
    writing = false
  }
  return (record) =>
    new Promise<void>((resolve, reject) => {
      lines.push(`${JSON.stringify(record)}\n`)
      waiting.push({ resolve, reject })
      if (!writing) void drain()
    })
}
