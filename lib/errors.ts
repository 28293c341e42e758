import type { z } from "zod";

// Kindly's one error vocabulary, shared by route handlers (the `code` of a JSON
// error answer, with its HTTP status), server actions (the `code` of a failed
// result) and the browser (which shows a translated message per code).

export const ERROR_CODES = [
  "invalid",
  "signedOut",
  "forbidden",
  "notFound",
  "conflict",
  "tooLarge",
  "unsupportedType",
  "tooManyRequests",
  "unavailable",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS = {
  invalid: 400,
  signedOut: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  unsupportedType: 415,
  tooManyRequests: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ErrorCode, number>;

/** One field's problem: `path` is the dotted path into the input ("(root)" for the whole of it). */
export type FieldError = { path: string; message: string };

export type Failure<C extends ErrorCode = ErrorCode> = { ok: false; code: C; fieldErrors?: FieldError[] };
export type Result<T, F extends { ok: false } = Failure> = { ok: true; data: T } | F;

export const fail = <C extends ErrorCode>(code: C, fieldErrors?: FieldError[]): Failure<C> =>
  fieldErrors ? { ok: false, code, fieldErrors } : { ok: false, code };

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}
