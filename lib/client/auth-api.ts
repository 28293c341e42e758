// Calls to better-auth's HTTP endpoints with plain fetch (no client library to
// ship). Errors come back as stable codes that the UI translates.

export type AuthErrorCode =
  | "invalidCredentials"
  | "tooShort"
  | "tooLong"
  | "tooCommon"
  | "cannotSignUp"
  | "invalidEmail"
  | "invalidName"
  | "tooMany"
  | "wrongPassword"
  | "wrongAddress"
  | "notVerified"
  | "invalidToken"
  | "teamHasMembers"
  | "unknown";

export type AuthResult = { ok: true; data: unknown } | { ok: false; error: AuthErrorCode; /** For wrongAddress: the site's own address. */ site?: string };

type ErrorBody = { code?: string; site?: string; fieldErrors?: { path?: string }[] };

export async function callAuth(path: string, body: unknown): Promise<AuthResult> {
  let response: Response;
  try {
    response = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: "unknown" };
  }
  if (response.ok) return { ok: true, data: await response.json().catch(() => null) };
  if (response.status === 429) return { ok: false, error: "tooMany" };
  const { code, site, fieldErrors } = ((await response.json().catch(() => ({}))) ?? {}) as ErrorBody;
  switch (code) {
    // Kindly's own checks before better-auth (app/api/auth/[...all]/route.ts).
    case "forbidden":
      return typeof site === "string" ? { ok: false, error: "wrongAddress", site } : { ok: false, error: "unknown" };
    case "invalid": {
      const field = fieldErrors?.[0]?.path;
      if (field === "name") return { ok: false, error: "invalidName" };
      if (field === "email") return { ok: false, error: "invalidEmail" };
      if (field === "token") return { ok: false, error: "invalidToken" };
      return { ok: false, error: "unknown" };
    }
    case "INVALID_EMAIL_OR_PASSWORD":
      return { ok: false, error: "invalidCredentials" };
    case "INVALID_PASSWORD":
      return { ok: false, error: "wrongPassword" };
    case "PASSWORD_TOO_SHORT":
      return { ok: false, error: "tooShort" };
    case "PASSWORD_TOO_LONG":
      return { ok: false, error: "tooLong" };
    case "PASSWORD_TOO_COMMON":
      return { ok: false, error: "tooCommon" };
    case "INVALID_EMAIL":
      return { ok: false, error: "invalidEmail" };
    // Email set up: an account whose address is not confirmed yet (a fresh link is on its way).
    case "EMAIL_NOT_VERIFIED":
      return { ok: false, error: "notVerified" };
    // A password-reset link that is expired, used or made up.
    case "INVALID_TOKEN":
      return { ok: false, error: "invalidToken" };
    // Deleting an account that owns a team with other members (lib/data/team.ts).
    case "TEAM_HAS_MEMBERS":
      return { ok: false, error: "teamHasMembers" };
    // Said the same way whether or not the address is taken.
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return { ok: false, error: "cannotSignUp" };
    default:
      return { ok: false, error: "unknown" };
  }
}
