/**
 * A Web-standard HTTP handler, `(request: Request) => Promise<Response>`,
 * for integrators who call the engine over HTTP from any language. It runs
 * wherever `Request` and `Response` are globals — Node ≥ 20, Deno, Bun,
 * Cloudflare Workers — and mounts in any server or framework that speaks
 * the Fetch API.
 *
 * @since 0.1.0
 * @module
 */
import type { DataIssue, InstantInput, Locale } from "@lantoa/core"
import { policyJsonSchema, type JsonSchema, type Policy, type PolicyInput } from "@lantoa/policy"
import { createEngine, type Engine } from "./Engine.js"
import type { EvaluateOptions } from "./EvaluateOptions.js"
import { InvalidOptionsError } from "./InvalidOptionsError.js"
import { datasetJsonSchema, reportJsonSchema } from "./JsonSchemas.js"
import { parseJson } from "./Json.js"

/**
 * Options of {@link createHandler}.
 *
 * - `now`: a clock for requests that leave `options.now` out. The engine
 *   reads no clock; a server that wants "now" by default passes
 *   `() => Date.now()`. Without it, `options.now` is required (400).
 * - `maxBodyBytes`: the largest request body accepted (413 beyond);
 *   default 256 MiB, room for a province-year of activities.
 *
 * @example
 * ```ts
 * const options: HandlerOptions = { now: () => Date.now(), maxBodyBytes: 50 * 1024 * 1024 }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface HandlerOptions {
  readonly now?: () => InstantInput
  readonly maxBodyBytes?: number
}

const DEFAULT_MAX_BODY = 256 * 1024 * 1024
const JSON_TYPE = "application/json; charset=utf-8"
const PROBLEM_TYPE = "application/problem+json; charset=utf-8"

type Text = { readonly vi: string; readonly en: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value)

const json = (status: number, body: unknown, contentType = JSON_TYPE, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": contentType, ...headers } })

const localized = (issue: DataIssue, locale: Locale): DataIssue =>
  locale === "en" ? { ...issue, message: issue.messageEn } : issue

interface Problem {
  readonly status: number
  readonly code: string
  readonly title: Text
  readonly detail: Text
  readonly issues?: ReadonlyArray<DataIssue>
  readonly headers?: Record<string, string>
}

/** An RFC 9457 problem document: `code` to switch on, `title` and `detail` in the locale, `issues` when there are some. */
const problem = (spec: Problem, locale: Locale): Response => {
  const body: Record<string, unknown> = {
    type: "about:blank",
    status: spec.status,
    code: spec.code,
    title: locale === "en" ? spec.title.en : spec.title.vi,
    detail: locale === "en" ? spec.detail.en : spec.detail.vi,
  }
  if (spec.issues !== undefined && spec.issues.length > 0) body.issues = spec.issues.map((issue) => localized(issue, locale))
  return json(spec.status, body, PROBLEM_TYPE, spec.headers)
}

const requestLocale = (request: Request, url: URL): Locale => {
  const asked = url.searchParams.get("locale") ?? request.headers.get("accept-language") ?? ""
  return /^\s*en\b/i.test(asked) ? "en" : "vi"
}

const SCHEMAS: Readonly<Record<string, () => JsonSchema>> = {
  dataset: datasetJsonSchema,
  report: reportJsonSchema,
  policy: policyJsonSchema,
}

const isEngine = (value: unknown): value is Engine =>
  isRecord(value) && typeof value.evaluate === "function" && typeof value.prepare === "function" && isRecord(value.policy)

const requestIssue = (path: string, text: Text): DataIssue => ({
  severity: "error",
  code: "invalid-request",
  path,
  message: `${path}: ${text.vi}`,
  messageEn: `${path}: ${text.en}`,
})

/** Problems with the shape of a parsed body `{ dataset, options }`. */
const bodyIssues = (body: unknown): ReadonlyArray<DataIssue> => {
  if (!isRecord(body)) {
    return [
      requestIssue("(body)", { vi: "cần một đối tượng { dataset, options }.", en: "expected an object { dataset, options }." }),
    ]
  }
  const issues: Array<DataIssue> = []
  if (!isRecord(body.dataset)) {
    issues.push(
      requestIssue("dataset", {
        vi: "thiếu tập dữ liệu, hoặc không phải đối tượng { units, people, channels, activities }.",
        en: "missing, or not a dataset object { units, people, channels, activities }.",
      })
    )
  }
  if (!isRecord(body.options)) {
    issues.push(
      requestIssue("options", {
        vi: "thiếu tùy chọn, hoặc không phải đối tượng { period hoặc from/to, now }.",
        en: "missing, or not an options object { period or from/to, now }.",
      })
    )
  }
  return issues
}

const NOT_JSON: Pick<Problem, "code" | "title"> = { code: "invalid-json", title: { vi: "JSON không hợp lệ", en: "Invalid JSON" } }

/**
 * Creates an HTTP handler for an engine (or for a policy, from which it
 * creates one: an invalid policy throws `InvalidPolicyError` here, at
 * start-up, not on a request).
 *
 * - `POST` (any path) with a JSON body `{ "dataset": {…}, "options": {…} }`
 *   → `200`, the report (contract v1) as JSON. Bad records are not errors:
 *   they are `issues` of the report.
 * - `GET …/schema/dataset`, `…/schema/report`, `…/schema/policy` → `200`,
 *   the JSON Schema; another name → `404`.
 * - A body that is not JSON (`invalid-json`, with line and column), not
 *   `{ dataset, options }` (`invalid-request`), or options the engine cannot
 *   read — no `now`, an unknown period (`invalid-options`) → `400`; a body
 *   over `maxBodyBytes` → `413`; any other method → `405` with `Allow`. The
 *   body is read as JSON whatever its declared type (`fetch` with a string
 *   body sends `text/plain`).
 *
 * Errors are RFC 9457 problem documents (`application/problem+json`):
 * `{ type, status, code, title, detail, issues? }`, in Vietnamese, or in
 * English with `?locale=en`, `Accept-Language: en` or `options.locale: "en"`.
 * No stack traces or record contents leave the handler.
 *
 * @example
 * ```ts
 * const handler = createHandler(createEngine(hoaBinh2024))
 * const response = await handler(
 *   new Request("http://localhost/evaluate", {
 *     method: "POST",
 *     headers: { "content-type": "application/json" },
 *     body: JSON.stringify({ dataset, options: { period: "2024-W46", now: "2024-11-20T08:00:00+07:00" } }),
 *   }),
 * )
 * response.status                  //=> 200
 * (await response.json()).contract //=> "lantoa/v1"
 * (await handler(new Request("http://localhost/", { method: "PUT" }))).status //=> 405
 * ```
 * @since 0.1.0
 * @category http
 */
export const createHandler = (
  target: Engine | PolicyInput | Policy,
  options: HandlerOptions = {}
): ((request: Request) => Promise<Response>) => {
  const engine = isEngine(target) ? target : createEngine(target as PolicyInput)
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY
  const schemaTexts = new Map<string, string>()

  const getSchema = (url: URL, locale: Locale): Response => {
    const name = /\/schema\/([^/]+?)(?:\.schema)?(?:\.json)?\/?$/.exec(url.pathname)?.[1]
    const make = name === undefined ? undefined : SCHEMAS[name]
    if (name === undefined || make === undefined) {
      const known = Object.keys(SCHEMAS).join(", ")
      return problem(
        {
          status: 404,
          code: "not-found",
          title: { vi: "Không tìm thấy", en: "Not found" },
          detail: {
            vi: `Không có lược đồ này. Các JSON Schema có: ${known} (GET …/schema/<tên>).`,
            en: `No such schema. The JSON Schemas are: ${known} (GET …/schema/<name>).`,
          },
        },
        locale
      )
    }
    let text = schemaTexts.get(name)
    if (text === undefined) schemaTexts.set(name, (text = JSON.stringify(make())))
    return new Response(text, { status: 200, headers: { "content-type": "application/schema+json; charset=utf-8" } })
  }

  const evaluate = async (request: Request, locale: Locale): Promise<Response> => {
    const tooLarge = problem.bind(null, {
      status: 413,
      code: "payload-too-large",
      title: { vi: "Dữ liệu quá lớn", en: "Payload too large" },
      detail: { vi: `Nội dung vượt quá ${maxBody} byte.`, en: `The body exceeds ${maxBody} bytes.` },
    })
    if (Number(request.headers.get("content-length") ?? "0") > maxBody) return tooLarge(locale)
    const text = await request.text()
    if (text.length > maxBody) return tooLarge(locale)
    const parsed = parseJson(text)
    if (!parsed.ok) {
      const what =
        parsed.found === ""
          ? { vi: "nội dung kết thúc giữa chừng", en: "the text ends too early" }
          : { vi: `ký tự “${parsed.found}”`, en: `character “${parsed.found}”` }
      return problem(
        {
          ...NOT_JSON,
          status: 400,
          detail: {
            vi: `Nội dung yêu cầu không phải JSON hợp lệ (dòng ${parsed.line}, cột ${parsed.column}: ${what.vi}).`,
            en: `The request body is not valid JSON (line ${parsed.line}, column ${parsed.column}: ${what.en}).`,
          },
        },
        locale
      )
    }
    const body = parsed.value
    const shapeIssues = bodyIssues(body)
    const given = isRecord(body) && isRecord(body.options) ? body.options : {}
    const replyLocale: Locale = given.locale === "en" ? "en" : given.locale === "vi" ? "vi" : locale
    if (shapeIssues.length > 0) {
      return problem(
        {
          status: 400,
          code: "invalid-request",
          title: { vi: "Yêu cầu không hợp lệ", en: "Invalid request" },
          detail: {
            vi: 'Nội dung yêu cầu phải có dạng { "dataset": {…}, "options": {…} }.',
            en: 'The request body must be { "dataset": {…}, "options": {…} }.',
          },
          issues: shapeIssues,
        },
        replyLocale
      )
    }
    const withNow = given.now === undefined && options.now !== undefined ? { ...given, now: options.now() } : given
    try {
      return json(200, engine.evaluate((body as Record<string, unknown>).dataset, withNow as unknown as EvaluateOptions))
    } catch (error) {
      if (error instanceof InvalidOptionsError) {
        return problem(
          {
            status: 400,
            code: "invalid-options",
            title: { vi: "Tùy chọn không hợp lệ", en: "Invalid options" },
            detail: { vi: error.message, en: error.messageEn },
            issues: error.issues,
          },
          replyLocale
        )
      }
      return problem(
        {
          status: 500,
          code: "internal-error",
          title: { vi: "Lỗi nội bộ", en: "Internal error" },
          detail: {
            vi: "Có lỗi khi đánh giá; dữ liệu gửi lên không được lưu lại.",
            en: "The evaluation failed; the data sent was not kept.",
          },
        },
        replyLocale
      )
    }
  }

  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const locale = requestLocale(request, url)
    if (request.method === "POST") return evaluate(request, locale)
    if (request.method === "GET" && /\/schema(\/|$)/.test(url.pathname)) return getSchema(url, locale)
    return problem(
      {
        status: 405,
        code: "method-not-allowed",
        title: { vi: "Phương thức không được hỗ trợ", en: "Method not allowed" },
        detail: {
          vi: `Dùng POST với { "dataset", "options" } để đánh giá, hoặc GET …/schema/<dataset|report|policy>; không dùng ${request.method} ở đây.`,
          en: `Use POST with { "dataset", "options" } to evaluate, or GET …/schema/<dataset|report|policy>; not ${request.method} here.`,
        },
        headers: { allow: request.method === "GET" ? "POST" : "GET, POST" },
      },
      locale
    )
  }
}
