import { hoaBinh2024 } from "@lantoa/policy"
import { describe, expect, it } from "vitest"
import { createEngine, createHandler, InvalidPolicyError, ReportSchema } from "@lantoa/engine"
import { smallProvince } from "./fixtures.js"

const handler = createHandler(createEngine(hoaBinh2024))
const NOW = "2024-12-02T08:00:00+07:00"

const post = (
  body: string,
  headers: Record<string, string> = { "content-type": "application/json" },
  url = "http://localhost/evaluate"
) => handler(new Request(url, { method: "POST", headers, body }))

const problemOf = async (response: Response) => {
  expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8")
  return (await response.json()) as {
    status: number
    code: string
    title: string
    detail: string
    issues?: Array<{ path: string; message: string }>
  }
}

describe("createHandler: a Web-standard Request → Response handler", () => {
  it("POST { dataset, options } answers 200 with the report as JSON", async () => {
    const response = await post(JSON.stringify({ dataset: smallProvince(), options: { period: "2024-W46", now: NOW } }))
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8")
    const report = await response.json()
    expect(ReportSchema.safeParse(report).success).toBe(true)
    expect(report.contract).toBe("lantoa/v1")
  })

  it("bad records are not HTTP errors: they are issues of a 200 report", async () => {
    const dataset = {
      ...smallProvince(),
      activities: [{ id: "x", kind: "post", unit: "ghost", at: "2024-11-12T09:00:00+07:00" }],
    }
    const response = await post(JSON.stringify({ dataset, options: { period: "2024-W46", now: NOW } }))
    expect(response.status).toBe(200)
    expect((await response.json()).issues[0].path).toBe("activities[0].unit")
  })

  it("a body that is not JSON answers 400 with a Vietnamese problem naming the line and column", async () => {
    const response = await post('{\n  "dataset": {,\n}')
    expect(response.status).toBe(400)
    const problem = await problemOf(response)
    expect(problem).toMatchObject({ status: 400, code: "invalid-json", title: "JSON không hợp lệ" })
    expect(problem.detail).toBe("Nội dung yêu cầu không phải JSON hợp lệ (dòng 2, cột 15: ký tự “,”).")
  })

  it("a body that is not { dataset, options } answers 400 with every problem listed", async () => {
    const problem = await problemOf(await post(JSON.stringify({ data: {} })))
    expect(problem).toMatchObject({ status: 400, code: "invalid-request" })
    expect(problem.issues?.map((issue) => issue.path)).toEqual(["dataset", "options"])
  })

  it("options the engine cannot read answer 400 invalid-options with their issues", async () => {
    const response = await post(JSON.stringify({ dataset: smallProvince(), options: { period: "2024-W99" } }))
    expect(response.status).toBe(400)
    const problem = await problemOf(response)
    expect(problem.code).toBe("invalid-options")
    expect(problem.issues?.map((issue) => issue.path)).toEqual(["options.now", "options.period"])
    expect(problem.detail.split("\n")[0]).toBe("Tùy chọn đánh giá (options) không hợp lệ: 2 lỗi.")
  })

  it("with a clock in the handler's options, a request may leave now out", async () => {
    const clocked = createHandler(hoaBinh2024, { now: () => NOW })
    const response = await clocked(
      new Request("http://localhost/", {
        method: "POST",
        body: JSON.stringify({ dataset: smallProvince(), options: { period: "2024-W46" } }),
      })
    )
    expect(response.status).toBe(200)
    expect((await response.json()).now).toBe("2024-12-02T08:00:00.000+07:00")
  })

  it("a wrong method answers 405 with Allow", async () => {
    const response = await handler(new Request("http://localhost/evaluate", { method: "PUT", body: "{}" }))
    expect(response.status).toBe(405)
    expect(response.headers.get("allow")).toBe("GET, POST")
    expect((await problemOf(response)).code).toBe("method-not-allowed")
    const get = await handler(new Request("http://localhost/evaluate"))
    expect(get.status).toBe(405)
    expect(get.headers.get("allow")).toBe("POST")
  })

  it("GET …/schema/<name> answers the JSON Schemas; an unknown name 404", async () => {
    for (const name of ["dataset", "report", "policy"]) {
      const response = await handler(new Request(`http://localhost/api/schema/${name}`))
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toBe("application/schema+json; charset=utf-8")
      expect((await response.json()).$schema).toBe("https://json-schema.org/draft/2020-12/schema")
    }
    expect((await handler(new Request("http://localhost/schema/report.schema.json"))).status).toBe(200)
    expect((await handler(new Request("http://localhost/schema/thing"))).status).toBe(404)
  })

  it("a body over maxBodyBytes answers 413", async () => {
    const small = createHandler(hoaBinh2024, { maxBodyBytes: 10 })
    const response = await small(
      new Request("http://localhost/", { method: "POST", body: JSON.stringify({ dataset: {}, options: {} }) })
    )
    expect(response.status).toBe(413)
  })

  it("problems are English with Accept-Language: en, ?locale=en or options.locale", async () => {
    const byHeader = await problemOf(
      await post("nope", { "content-type": "application/json", "accept-language": "en-US,en;q=0.9" })
    )
    expect(byHeader.title).toBe("Invalid JSON")
    const byQuery = await problemOf(await post("nope", {}, "http://localhost/?locale=en"))
    expect(byQuery.title).toBe("Invalid JSON")
    const byOptions = await problemOf(await post(JSON.stringify({ dataset: {}, options: { locale: "en", period: "2024-W46" } })))
    expect(byOptions.issues?.[0]?.message).toMatch(/^options\.now: now is missing/)
  })

  it("createHandler(policy) validates the policy at start-up, not on a request", () => {
    expect(() => createHandler({ ...hoaBinh2024, version: "x" } as never)).toThrow(InvalidPolicyError)
  })
})
