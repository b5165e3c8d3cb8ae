/**
 * The first step of OAuth v4 for an OA: the permission link an OA admin
 * opens in a browser, with a PKCE pair. Zalo redirects to the app's
 * callback with `?code&oa_id`; the code lives 10 minutes and is single use:
 * exchange it at once with {@link ZaloClient.exchangeCode}.
 *
 * @since 0.1.0
 * @module
 */
import { createHash, randomBytes } from "node:crypto"

/**
 * A PKCE pair: keep `verifier` secret until the code exchange; put
 * `challenge` in the permission link (and, for Zalo, in the app console).
 *
 * @example
 * ```ts
 * const pkce: Pkce = { verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface Pkce {
  readonly verifier: string
  readonly challenge: string
}

/**
 * The S256 challenge of a verifier: base64url of its SHA-256, no padding
 * (RFC 7636).
 *
 * @example
 * ```ts
 * codeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") //=> "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
 * ```
 * @since 0.1.0
 * @category oauth
 */
export const codeChallenge = (verifier: string): string => createHash("sha256").update(verifier, "ascii").digest("base64url")

/**
 * A fresh PKCE pair: a 43-character random verifier and its challenge.
 *
 * @example
 * ```ts
 * const { verifier, challenge } = createPkce()
 * verifier.length //=> 43
 * ```
 * @since 0.1.0
 * @category oauth
 */
export const createPkce = (): Pkce => {
  const verifier = randomBytes(32).toString("base64url")
  return { verifier, challenge: codeChallenge(verifier) }
}

/**
 * Input of {@link authorizationUrl}. `redirectUri` must be the callback
 * registered in the app console (else Zalo answers -14003).
 *
 * @example
 * ```ts
 * const input: AuthorizationUrlInput = { appId: "3608465248940903967", redirectUri: "https://so.example/zalo/callback", codeChallenge: challenge, state: "x1" }
 * ```
 * @since 0.1.0
 * @category models
 */
export interface AuthorizationUrlInput {
  readonly appId: string
  readonly redirectUri: string
  readonly codeChallenge: string
  readonly state: string
  /** Default `https://oauth.zaloapp.com`. */
  readonly baseUrl?: string
}

/**
 * The OA permission link (`/v4/oa/permission`) an admin opens to grant the
 * app access to the OA.
 *
 * @example
 * ```ts
 * authorizationUrl({ appId: "3608465248940903967", redirectUri: "https://so.example/cb", codeChallenge: "abc", state: "x1" })
 * //=> "https://oauth.zaloapp.com/v4/oa/permission?app_id=3608465248940903967&redirect_uri=https%3A%2F%2Fso.example%2Fcb&code_challenge=abc&state=x1"
 * ```
 * @since 0.1.0
 * @category oauth
 */
export const authorizationUrl = (input: AuthorizationUrlInput): string => {
  const query = new URLSearchParams({
    app_id: input.appId,
    redirect_uri: input.redirectUri,
    code_challenge: input.codeChallenge,
    state: input.state,
  })
  return `${input.baseUrl ?? "https://oauth.zaloapp.com"}/v4/oa/permission?${query.toString().replace(/\+/g, "%20")}`
}
