import type { z } from "zod";

export const MAX_JSON_BODY_BYTES = 64 * 1024;

export type FieldError = { path: string; message: string };

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}) {
  return Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export const FORBIDDEN_ORIGIN = "This request must come from Kindly itself (its Origin header is missing or foreign).";

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}

/**
 * Reads a body with a hard size limit, without trusting Content-Length alone:
 * the stream is cut off as soon as it exceeds the limit. A stream that fails
 * half-way (the client went away) is a 400, not a server error.
 */
export async function readBodyBytes(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<{ ok: true; bytes: Uint8Array | null } | { ok: false; response: Response }> {
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
    return { ok: false, response: jsonError(400, "The request body could not be read completely.") };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/**
 * Reads a JSON body with a hard size limit (see readBodyBytes). Keys that
 * could reach an object's prototype (`__proto__`) are refused at any depth:
 * no schema ever has such a field, and a record type would drop it silently.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<{ ok: true; data: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type.trim())) {
    return { ok: false, response: jsonError(415, "Send the body as JSON with Content-Type: application/json.") };
  }
  const body = await readBodyBytes(request, limit);
  if (!body.ok) return body;
  if (!body.bytes) return { ok: false, response: jsonError(400, "The request body is empty; send a JSON object.") };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
  } catch {
    return { ok: false, response: jsonError(400, "The request body is not valid UTF-8.") };
  }
  if (!text.trim()) return { ok: false, response: jsonError(400, "The request body is empty; send a JSON object.") };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, response: jsonError(400, "The request body is not valid JSON.") };
  }
  const forbidden = forbiddenKeyPath(data);
  if (forbidden !== null) {
    return { ok: false, response: jsonError(400, "The input is not valid.", { fieldErrors: [forbiddenKeyError(forbidden)] }) };
  }
  return { ok: true, data };
}

const FORBIDDEN_KEY = "__proto__";

/** The path of the first own `__proto__` key in `value` (at any depth, cycles allowed), or null. */
export function forbiddenKeyPath(value: unknown): string | null {
  type Entry = { node: unknown; key: string; parent: Entry | null };
  const pathOf = (entry: Entry | null, last: string) => {
    const keys = [last];
    for (let e = entry; e?.parent; e = e.parent) keys.unshift(e.key);
    return keys.join(".");
  };
  const seen = new Set<object>();
  const stack: Entry[] = [{ node: value, key: "", parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node } = entry;
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      if (key === FORBIDDEN_KEY) return pathOf(entry, key);
      stack.push({ node: (node as Record<string, unknown>)[key], key, parent: entry });
    }
  }
  return null;
}

export function forbiddenKeyError(path: string): FieldError {
  return { path, message: `Unrecognized key: "${FORBIDDEN_KEY}"` };
}

function tooLarge(limit: number) {
  return jsonError(413, `The request body is too large: at most ${Math.round(limit / 1024)} kB.`);
}
