// Calls to better-auth's HTTP endpoints with plain fetch (no client library to
// ship). Errors come back as stable codes that the UI translates.

export type AuthErrorCode =
  "invalidCredentials" | "tooShort" | "tooLong" | "tooCommon" | "cannotSignUp" | "invalidEmail" | "tooMany" | "wrongPassword" | "unknown";

export async function callAuth(path: string, body: unknown): Promise<{ ok: true; data: unknown } | { ok: false; error: AuthErrorCode }> {
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
  const { code } = ((await response.json().catch(() => ({}))) ?? {}) as { code?: string };
  switch (code) {
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
    // Said the same way whether or not the address is taken.
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return { ok: false, error: "cannotSignUp" };
    default:
      return { ok: false, error: "unknown" };
  }
}
