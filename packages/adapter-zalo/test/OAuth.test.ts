import { describe, expect, it } from "vitest"
import { authorizationUrl, codeChallenge, createPkce } from "../src/index.js"

describe("OAuth v4 permission link and PKCE", () => {
  it("computes the S256 challenge of RFC 7636's example", () => {
    expect(codeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
  })

  it("makes a fresh verifier of 43 characters with its challenge", () => {
    const { verifier, challenge } = createPkce()
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(challenge).toBe(codeChallenge(verifier))
    expect(createPkce().verifier).not.toBe(verifier)
  })

  it("builds the /v4/oa/permission link with every parameter encoded", () => {
    expect(authorizationUrl({ appId: "3608465248940903967", redirectUri: "https://so.example/zalo cb", codeChallenge: "abc", state: "x&1" })).toBe(
      "https://oauth.zaloapp.com/v4/oa/permission?app_id=3608465248940903967&redirect_uri=https%3A%2F%2Fso.example%2Fzalo%20cb&code_challenge=abc&state=x%261",
    )
  })
})
