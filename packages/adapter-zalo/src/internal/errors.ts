/**
 * The typed error for a Zalo error code.
 *
 * @internal
 */
import {
  ZaloBackoffError,
  ZaloConfigurationError,
  ZaloPayloadError,
  ZaloTokenError,
  type ZaloError,
  type ZaloErrorFields,
  type ZaloOperation,
} from "../ZaloError.js"
import { ACTION, CODES, operationPrefix } from "./codes.js"

export const errorFromCode = (
  operation: ZaloOperation,
  code: number,
  zaloMessage: string | undefined,
  status: number | undefined,
): ZaloError => {
  const info = CODES.get(code)
  const kind = info?.kind ?? "payload"
  const [prefixVi, prefixEn] = operationPrefix(operation)
  const what = info ?? { vi: "Zalo trả về lỗi", en: "Zalo returned an error" }
  const [actionVi, actionEn] = ACTION[kind]
  const fields: ZaloErrorFields = {
    message: `${prefixVi}${what.vi} (mã lỗi ${code}).${actionVi}`,
    messageEn: `${prefixEn}${what.en} (error ${code}).${actionEn}`,
    operation,
    code,
    ...(zaloMessage === undefined ? {} : { zaloMessage }),
    ...(status === undefined ? {} : { status }),
  }
  switch (kind) {
    case "refresh-token":
      return new ZaloTokenError(fields)
    case "configuration":
      return new ZaloConfigurationError(fields)
    case "back-off":
      return new ZaloBackoffError({ ...fields, retry: info?.retry ?? "soon" })
    case "payload":
      return new ZaloPayloadError(fields)
  }
}

