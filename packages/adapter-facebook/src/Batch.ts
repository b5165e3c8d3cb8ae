/**
 * Batch requests: up to 50 Graph calls in one HTTP request
 * (`POST /{version}/` with `batch=[{method, relative_url, body?}]`).
 *
 * Each sub-request still counts toward rate limits. Graph answers with one
 * `{code, headers, body}` per request, `body` a JSON string — or `null`
 * for a request that timed out. The client sends longer lists in chunks
 * of 50, retries the whole HTTP request on transient failures, and returns
 * each item's outcome as a value: a failed item never fails the batch.
 *
 * @since 0.1.0
 * @module
 */
import type { GraphError } from "./GraphError.js"
import { parseUsageHeaders } from "./GraphUsage.js"
import { classifyAnswer, responseError, timeoutError } from "./internal/classify.js"
import { isRecord, numberOf } from "./internal/decode.js"
import { displayPath, type Transport } from "./internal/transport.js"

/**
 * One request of a batch: a method, a URL relative to the version
 * (`108000000000001?fields=id,name`, no token: the batch's token applies)
 * and, for POST, a form body.
 *
 * @example
 * ```ts
 * const requests: ReadonlyArray<BatchRequest> = [
 *   { method: "GET", relativeUrl: "108000000000001?fields=id,name" },
 *   { method: "POST", relativeUrl: "122100000000000001_1200000000000002", body: { is_hidden: "true" } },
 * ]
 * ```
 * @since 0.1.0
 * @category models
 */
export interface BatchRequest {
  readonly method: "GET" | "POST" | "DELETE"
  readonly relativeUrl: string
  readonly body?: string | Readonly<Record<string, string>>
}

/**
 * The outcome of one request of a batch, at its `index` in the list given:
 * Graph's status and parsed body, or a typed error (a `null` item is a
 * `GraphTimeoutError`).
 *
 * @example
 * ```ts
 * const results: ReadonlyArray<BatchItemResult> = yield* graph.batch(requests)
 * results[0] //=> { ok: true, index: 0, status: 200, body: { id: "108000000000001", name: "Trường THCS Lạc Sơn" } }
 * results[2] //=> { ok: false, index: 2, error: GraphTimeoutError { … } }
 * ```
 * @since 0.1.0
 * @category models
 */
export type BatchItemResult =
  | { readonly ok: true; readonly index: number; readonly status: number; readonly body: unknown }
  | { readonly ok: false; readonly index: number; readonly error: GraphError }

/** Reads one item of a batch answer. @internal */
export const decodeBatchItem = (item: unknown, index: number, request: BatchRequest, t: Transport): BatchItemResult => {
  const info = {
    operation: "batch" as const,
    method: request.method,
    path: displayPath(`${t.baseUrl}/${t.version}/${request.relativeUrl.replace(/^\/+/, "")}`),
    secrets: t.secrets,
  }
  if (item === null) return { ok: false, index, error: timeoutError(info, t.timeoutMs) }
  if (!isRecord(item)) {
    return { ok: false, index, error: responseError(info, { vi: "mục trả về của lô không đọc được.", en: "cannot read the batch item." }) }
  }
  const status = numberOf(item["code"]) ?? 0
  let body: unknown
  const raw = item["body"]
  if (typeof raw === "string") {
    try {
      body = raw === "" ? undefined : (JSON.parse(raw) as unknown)
    } catch {
      return { ok: false, index, error: responseError(info, { vi: "nội dung mục của lô không phải JSON.", en: "the batch item's body is not JSON." }, status) }
    }
  } else {
    body = raw
  }
  const headers: Record<string, string> = {}
  if (Array.isArray(item["headers"])) {
    for (const header of item["headers"]) {
      if (isRecord(header) && typeof header["name"] === "string" && typeof header["value"] === "string") headers[header["name"]] = header["value"]
    }
  }
  const error = classifyAnswer(info, status, body, parseUsageHeaders(headers), t.retry.throttleWaitMs)
  return error === undefined ? { ok: true, index, status, body } : { ok: false, index, error }
}
