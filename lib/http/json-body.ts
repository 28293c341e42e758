import type { z } from "zod";

import { fieldErrors, HTTP_STATUS, type ErrorCode } from "@/lib/errors";
import { forbiddenKeyError, forbiddenKeyPath } from "@/lib/validation";

export const MAX_JSON_BODY_BYTES = 64 * 1024;

/** A JSON error answer: `{ code, error, …extra }`, where `code` is from lib/errors.ts and `error` says it in English. */
export function jsonError(code: ErrorCode, error: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}) {
  return Response.json({ code, error, ...extra }, { status: HTTP_STATUS[code], headers: { "Cache-Control": "no-store", ...headers } });
}

export const FORBIDDEN_ORIGIN = "This request must come from Kindly itself (its Origin header is missing or foreign).";

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Reads a JSON body (readJsonBody) and parses it with `schema`: typed data, or the 4xx answer to send. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>, invalid = "The input is not valid."): Promise<Parsed<T>> {
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.data);
  if (!parsed.success) return { ok: false, response: jsonError("invalid", invalid, { fieldErrors: fieldErrors(parsed.error) }) };
  return { ok: true, data: parsed.data };
}

/**
 * Reads a body with a hard size limit, without trusting Content-Length alone:
 * the stream is cut off as soon as it exceeds the limit. A stream that fails
 * half-way (the client went away) is a 400, not a server error.
 */
export async function readBodyBytes(
  request: Request,
  limit = MAX_JSON_BODY_BYTES,
): Promise<{ ok: true; bytes: Uint8Array | null } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return { ok: false, response: tooLarge(limit) };
  if (!request.body) return { ok: true, bytes: null };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { ok: false, response: tooLarge(limit) };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, response: jsonError("invalid", "The request body could not be read completely.") };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/**
 * Reads a JSON body with a hard size limit (see readBodyBytes). Keys that
 * could reach an object's prototype (`__proto__`) are refused at any depth:
 * no schema ever has such a field, and a record type would drop it silently.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<Parsed<unknown>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type.trim())) {
    return { ok: false, response: jsonError("unsupportedType", "Send the body as JSON with Content-Type: application/json.") };
  }
  const body = await readBodyBytes(request, limit);
  return body.ok ? decodeJson(body.bytes) : body;
}

/** A body already read (readBodyBytes) as JSON: strict UTF-8, not empty, no `__proto__` key at any depth. */
export function decodeJson(bytes: Uint8Array | null): Parsed<unknown> {
  if (!bytes) return { ok: false, response: jsonError("invalid", "The request body is empty; send a JSON object.") };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: jsonError("invalid", "The request body is not valid UTF-8.") };
  }
  if (!text.trim()) return { ok: false, response: jsonError("invalid", "The request body is empty; send a JSON object.") };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError("invalid", "The request body is not valid JSON.") };
  }
  const forbidden = forbiddenKeyPath(data);
  if (forbidden !== null) {
    return { ok: false, response: jsonError("invalid", "The input is not valid.", { fieldErrors: [forbiddenKeyError(forbidden)] }) };
  }
  return { ok: true, data };
}

/** The 413 answer to a body over `limit` bytes (declared or read). */
export function tooLarge(limit: number, headers: HeadersInit = {}) {
  return jsonError("tooLarge", `The request body is too large: at most ${Math.round(limit / 1024)} kB.`, {}, headers);
}
