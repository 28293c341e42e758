// The one way tests and benchmarks make an account: a POST to better-auth's
// sign-up endpoint, sent in-process to the route handler (`app.auth.POST`)
// or over HTTP to a running server (`fetch`). Returns the session cookie.

export type Send = (request: Request) => Promise<Response>;

export type SignUpOptions = {
  /** The app's address; the request goes to `${site}/api/auth/sign-up/email`. */
  site: string;
  /** The Origin header (sign-up refuses a foreign one); defaults to `site`. */
  origin?: string;
  email: string;
  password: string;
  name: string;
  /** Sent as X-Forwarded-For, so sign-ups do not share a rate-limit bucket. */
  ip?: string;
};

export type SignedUp = { id: string; email: string; password: string; cookie: string };

/** The session cookie set by a better-auth response, as `name=value` for a `cookie` header, or null. */
export function sessionCookie(response: Response): string | null {
  const cookie = response.headers.getSetCookie().find((c) => /^(__Secure-)?kindly\.session_token=[^;]+/.test(c));
  return cookie ? cookie.split(";")[0]! : null;
}

export async function signUp(send: Send, { site, origin = site, email, password, name, ip }: SignUpOptions): Promise<SignedUp> {
  const headers = new Headers({ "content-type": "application/json", origin });
  if (ip) headers.set("x-forwarded-for", ip);
  const response = await send(
    new Request(new URL("/api/auth/sign-up/email", site), { method: "POST", headers, body: JSON.stringify({ email, password, name }) }),
  );
  if (response.status !== 200) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const cookie = sessionCookie(response);
  if (!cookie) throw new Error("sign-up set no session cookie");
  const body = (await response.json()) as { user: { id: string } };
  return { id: body.user.id, email, password, cookie };
}
