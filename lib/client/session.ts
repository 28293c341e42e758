import { useEffect, useState } from "react";

// Who is signed in, asked of better-auth once per page load and shared by
// every component that needs it (header, account sync).

export type SessionUser = { id: string; email: string; name: string };

/** A session, none, or "unknown" when better-auth could not be asked (offline, a server error). */
export type SessionState = SessionUser | null | "unknown";

let sessionRequest: Promise<SessionState> | null = null;

export function fetchSessionState(): Promise<SessionState> {
  sessionRequest ??= fetch("/api/auth/get-session", { cache: "no-store", credentials: "same-origin" })
    .then(async (response): Promise<SessionState> => {
      if (!response.ok) return "unknown";
      const body = (await response.json()) as { user?: SessionUser } | null;
      return body?.user ? { id: body.user.id, email: body.user.email, name: body.user.name } : null;
    })
    .catch(() => "unknown" as const);
  return sessionRequest;
}

const sessionListeners = new Set<() => void>();

/** Drops the cached session after signing in or out; every useSession() reads it again. */
export function forgetSession() {
  sessionRequest = null;
  for (const listener of sessionListeners) listener();
}

/** The session as far as it is known: "unknown" when it could not be asked this time. */
export function useSessionState(): SessionState | "loading" {
  const [session, setSession] = useState<SessionState | "loading">("loading");
  useEffect(() => {
    let live = true;
    const load = () => void fetchSessionState().then((state) => live && setSession(state));
    load();
    sessionListeners.add(load);
    return () => {
      live = false;
      sessionListeners.delete(load);
    };
  }, []);
  return session;
}

/** Who is signed in, for showing it: a session that could not be asked shows as none. */
export function useSession(): SessionUser | null | "loading" {
  const session = useSessionState();
  return session === "unknown" ? null : session;
}
