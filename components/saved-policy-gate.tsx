"use client";

import { Suspense, type ReactNode } from "react";

import { NoPolicyYet } from "@/components/empty-state";
import { useStoredState } from "@/lib/client/kindly-store";

/**
 * Shows "answer the questionnaire first" when this browser has no saved
 * policy, without loading the engine; the screen itself (children, loaded
 * lazily) comes only when there is a policy to show.
 */
export function SavedPolicyGate({ children, minHeight }: { children: ReactNode; minHeight: string }) {
  const stored = useStoredState();
  const placeholder = <div className={minHeight} aria-busy="true" />;
  if (stored === "loading") return placeholder;
  if (!stored?.profile) return <NoPolicyYet />;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
