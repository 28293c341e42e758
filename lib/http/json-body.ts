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
 * Reads a JSON body with a hard size limit, without trusting Content-Length
 * alone: the stream is cut off as soon as it exceeds the limit.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<{ ok: true; data: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type.trim())) {
    return { ok: false, response: jsonError(415, "Send the body as JSON with Content-Type: application/json.") };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return { ok: false, response: tooLarge(limit) };
  if (!request.body) return { ok: false, response: jsonError(400, "The request body is empty; send a JSON object.") };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false, response: tooLarge(limit) };
    }
    chunks.push(value);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, response: jsonError(400, "The request body is not valid UTF-8.") };
  }
  if (!text.trim()) return { ok: false, response: jsonError(400, "The request body is empty; send a JSON object.") };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false, response: jsonError(400, "The request body is not valid JSON.") };
  }
}

function tooLarge(limit: number) {
  return jsonError(413, `The request body is too large: at most ${Math.round(limit / 1024)} kB.`);
}
