import { useEffect, useState } from "react";

// Who is signed in, asked of better-auth once per page load and shared by
// every component that needs it (header, account sync).

export type SessionUser = { id: string; email: string; name: string };

let sessionRequest: Promise<SessionUser | null> | null = null;

export function fetchSession(): Promise<SessionUser | null> {
  sessionRequest ??= fetch("/api/auth/get-session", { cache: "no-store", credentials: "same-origin" })
    .then(async (response) => {
      if (!response.ok) return null;
      const body = (await response.json()) as { user?: SessionUser } | null;
      return body?.user ? { id: body.user.id, email: body.user.email, name: body.user.name } : null;
    })
    .catch(() => null);
  return sessionRequest;
}

const sessionListeners = new Set<() => void>();

/** Drops the cached session after signing in or out; every useSession() reads it again. */
export function forgetSession() {
  sessionRequest = null;
  for (const listener of sessionListeners) listener();
}

export function useSession(): SessionUser | null | "loading" {
  const [session, setSession] = useState<SessionUser | null | "loading">("loading");
  useEffect(() => {
    let live = true;
    const load = () => void fetchSession().then((user) => live && setSession(user));
    load();
    sessionListeners.add(load);
    return () => {
      live = false;
      sessionListeners.delete(load);
    };
  }, []);
  return session;
}
