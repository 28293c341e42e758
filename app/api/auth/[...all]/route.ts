import { toNextJsHandler } from "better-auth/next-js";
import type { z } from "zod";

import {
  ZChangePassword,
  ZDeleteUser,
  ZRequestPasswordReset,
  ZResetPassword,
  ZSendVerificationEmail,
  ZSignIn,
  ZSignOut,
  ZSignUp,
  ZVerifyEmailQuery,
} from "@/lib/auth/inputs";
import { accountKey, clearAttempts, countAttempt, type AttemptKind } from "@/lib/auth/limits";
import { auth, CLIENT_ADDRESS_HEADER, trustedOrigins } from "@/lib/auth/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestClientAddress } from "@/lib/http/client-address";
import { withErrorHandling } from "@/lib/http/handle";
import { decodeJson, jsonError, readBodyBytes } from "@/lib/http/json-body";
import { localeOfPath, MAIL_LOCALE_HEADER } from "@/lib/mail/messages";
import { mailEnabled } from "@/lib/mail/transport";
import { parseInput } from "@/lib/validation";

/**
 * The better-auth endpoints Kindly uses, each with the body it takes; every
 * other endpoint answers 404. (Details such as the name are changed through
 * Kindly's own validated action, so better-auth's `update-user` and the like
 * are not exposed.)
 */
const GET_ENDPOINTS = ["/get-session"];
const POST_BODIES: Record<string, z.ZodType> = {
  "/sign-up/email": ZSignUp,
  "/sign-in/email": ZSignIn,
  "/sign-out": ZSignOut,
  "/change-password": ZChangePassword,
  "/delete-user": ZDeleteUser,
};
/** The endpoints of the email flows, exposed only where SMTP_URL is set. */
const MAIL_POST_BODIES: Record<string, z.ZodType> = {
  "/request-password-reset": ZRequestPasswordReset,
  "/reset-password": ZResetPassword,
  "/send-verification-email": ZSendVerificationEmail,
};
const VERIFY_EMAIL = "/verify-email";

function bodySchema(path: string): z.ZodType | undefined {
  if (Object.hasOwn(POST_BODIES, path)) return POST_BODIES[path];
  if (Object.hasOwn(MAIL_POST_BODIES, path) && mailEnabled()) return MAIL_POST_BODIES[path];
  return undefined;
}

function endpoint(request: Request): string {
  return new URL(request.url).pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
}

const notExposed = () => jsonError("notFound", "No such endpoint.");

/**
 * The request better-auth sees: the validated body, and the client address
 * that lib/http/client-address.ts derives for every limit, in a header set
 * here (whatever the client sent under that name is replaced).
 */
function forAuth(request: Request, body?: Record<string, unknown>): Request {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_ADDRESS_HEADER, requestClientAddress(request.headers));
  // The language of any mail this request sends: that of the page it names (lib/mail/messages.ts).
  const page = body?.callbackURL ?? body?.redirectTo;
  headers.set(MAIL_LOCALE_HEADER, localeOfPath(typeof page === "string" ? page : undefined));
  if (body === undefined) return new Request(request, { headers });
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Request(request, { headers, body: JSON.stringify(body) });
}

/**
 * better-auth takes sign-in and sign-up only from the site's own origins
 * (lib/auth/server.ts trustedOrigins). Refused here first, with the address to
 * open, so a person who reached the site under another name can be told where to go.
 */
function refusedOrigin(request: Request): Response | null {
  const origin = request.headers.get("origin");
  if (origin && trustedOrigins(env().SITE_URL).includes(origin)) return null;
  const site = env().SITE_URL;
  return jsonError("forbidden", `This request must come from Kindly's own address; open ${site} and try again.`, { site });
}

const tooMany = (retryAfterSeconds: number) =>
  jsonError("tooManyRequests", "Too many attempts; wait a moment and try again.", { retryAfterSeconds }, { "Retry-After": String(retryAfterSeconds) });

/** Counts the attempt against each limit in turn; the first one used up answers 429. */
async function countAttempts(limits: [AttemptKind, string][]): Promise<Response | null> {
  for (const [kind, key] of limits) {
    const verdict = await countAttempt(db(), kind, key);
    if (!verdict.ok) return tooMany(verdict.retryAfterSeconds);
  }
  return null;
}

/** The per-account and site-wide limits of an endpoint (better-auth counts per address on top). */
async function accountLimits(path: string, input: Record<string, unknown>, request: Request): Promise<[AttemptKind, string][]> {
  switch (path) {
    case "/sign-in/email":
      return [["signInPerAccount", accountKey(String(input.email))]];
    case "/sign-up/email":
      return [
        ["signUpPerAddress", requestClientAddress(request.headers)],
        ["signUpOverall", "site"],
        // With email, each sign-up mails the address: a few an hour, so nobody can flood one inbox.
        ...(mailEnabled() ? [["signUpPerAccount", accountKey(String(input.email))] as [AttemptKind, string]] : []),
      ];
    case "/request-password-reset":
      return [["passwordResetPerAccount", accountKey(String(input.email))]];
    case "/send-verification-email":
      return [["verificationPerAccount", accountKey(String(input.email))]];
    case "/reset-password":
      return [["resetPasswordPerAddress", requestClientAddress(request.headers)]];
    case "/change-password": {
      const session = await auth().api.getSession({ headers: request.headers });
      // Without a session better-auth answers 401 itself.
      return session ? [["passwordChangePerAccount", session.user.id]] : [];
    }
    default:
      return [];
  }
}

export const GET = withErrorHandling((request: Request) => {
  const path = endpoint(request);
  if (path === VERIFY_EMAIL && mailEnabled()) return verifyEmail(request);
  if (!GET_ENDPOINTS.includes(path)) return notExposed();
  return toNextJsHandler(auth()).GET(forAuth(request));
});

/**
 * The link in a verification mail, opened in a browser: better-auth confirms
 * the address, signs the person in and sends them to the confirmation page
 * in the language of the callbackURL's page (with `?error=…` when the token is
 * expired or wrong). A link whose query is not one Kindly makes goes there
 * with INVALID_TOKEN too.
 */
async function verifyEmail(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const query = Object.fromEntries(params);
  const parsed = [...params.keys()].length === Object.keys(query).length ? ZVerifyEmailQuery.safeParse(query) : null;
  if (!parsed?.success) {
    const locale = localeOfPath(params.get("callbackURL") ?? undefined);
    return new Response(null, { status: 302, headers: { Location: `/${locale}/email-verified?error=INVALID_TOKEN` } });
  }
  // Whatever page the link named, it lands on the confirmation page in that page's language.
  const link = new URL(request.url);
  const callbackURL = `/${localeOfPath(parsed.data.callbackURL)}/email-verified`;
  link.search = new URLSearchParams({ token: parsed.data.token, callbackURL }).toString();
  return toNextJsHandler(auth()).GET(forAuth(new Request(link, request)));
}

/**
 * With email set up, sign-up answers the same for a new and a taken address
 * (better-auth's own answers differ in the user's id and dates): the owner of
 * either address gets a mail, and nobody is signed in before confirming.
 */
const CHECK_EMAIL = { status: "checkEmail" } as const;

// Before better-auth: the Origin must be the site's (better-auth lets a POST
// without cookie, Origin or Referer through), the body is read here (64 kB at
// most: 413; a broken stream: 400) and must match the endpoint's schema.
export const POST = withErrorHandling(async (request: Request) => {
  const path = endpoint(request);
  const schema = bodySchema(path);
  if (!schema) return notExposed();
  const refused = refusedOrigin(request);
  if (refused) return refused;
  const body = await readBodyBytes(request);
  if (!body.ok) return body.response;
  // Signing out may come with no body at all.
  const json = path === "/sign-out" && !body.bytes?.byteLength ? { ok: true as const, data: {} } : decodeJson(body.bytes);
  if (!json.ok) return json.response;
  const input = parseInput(schema, json.data);
  if (!input.ok) return jsonError("invalid", "The input is not valid.", { fieldErrors: input.fieldErrors ?? [] });
  const data = input.data as Record<string, unknown>;

  const limited = await countAttempts(await accountLimits(path, data, request));
  if (limited) return limited;
  const response = await toNextJsHandler(auth()).POST(forAuth(request, data));
  if (path === "/sign-in/email" && response.ok) await clearAttempts(db(), "signInPerAccount", accountKey(String(data.email)));
  if (path === "/sign-up/email" && response.ok && mailEnabled()) return Response.json(CHECK_EMAIL);
  return response;
});
