import "server-only";

import { checkDatabase, summary } from "@/lib/health";
import { jsonError } from "@/lib/http/json-body";

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response;

/**
 * Wraps a route handler so failures never leak: an unexpected error (or a 5xx
 * from a library) becomes a clear JSON answer — 503 while the database is
 * unreachable, else 500 — without a stack trace. The process stays up and
 * recovers by itself once the database is back.
 */
export function withErrorHandling<C = unknown>(handler: Handler<C>): (request: Request, context?: C) => Promise<Response> {
  return async (request, context) => {
    try {
      const response = await handler(request, context as C);
      return response.status >= 500 ? await failure(new Error(`handler answered ${response.status}`)) : response;
    } catch (error) {
      return failure(error);
    }
  };
}

async function failure(error: unknown): Promise<Response> {
  const message = summary(error);
  const database = await checkDatabase();
  if (!database.ok) {
    return jsonError("unavailable", "The database is unreachable right now. Please try again shortly.", {}, { "Retry-After": "5" });
  }
  console.error(`[api] unexpected error: ${message}`);
  return jsonError("internal", "Something went wrong on our side. Please try again.");
}
