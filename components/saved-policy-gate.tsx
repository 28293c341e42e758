"use client";

import { Suspense, type ReactNode } from "react";

import { NoPolicyYet } from "@/components/empty-state";
import { useStoredState } from "@/lib/client/kindly-store";

/**
 * Shows "answer the questionnaire first" when this browser has no saved
 * policy, without loading the engine; the screen itself (children, loaded
 * lazily) comes only when there is a policy to show.
 *
 * Until React has read the storage, both first states are in the page and CSS
 * shows the one the layout's inline script chose (lib/client/policy-hint.ts):
 * a first-time visitor sees the empty state at once, someone with a saved
 * policy sees the space the screen will fill. The empty state stays the same
 * element once the storage is read, so nothing is painted twice.
 */
export function SavedPolicyGate({ children, minHeight }: { children: ReactNode; minHeight: string }) {
  const stored = useStoredState();
  if (stored !== "loading" && stored?.profile) {
    return <Suspense fallback={<div className={minHeight} aria-busy="true" />}>{children}</Suspense>;
  }
  const loading = stored === "loading";
  return (
    <>
      {loading && <div className={`policy-gate-pending ${minHeight}`} aria-busy="true" />}
      <div className={loading ? "policy-gate-empty" : undefined}>
        <NoPolicyYet />
      </div>
    </>
  );
}
