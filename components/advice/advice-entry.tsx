"use client";

import { lazy, Suspense } from "react";

// Advice first (issue 19): the screen works with or without a saved policy, asking what one request needs.
const Advice = lazy(() => import("@/components/advice/advice").then((m) => ({ default: m.Advice })));

export function AdviceEntry() {
  return (
    <Suspense fallback={<div className="min-h-[40rem]" aria-busy="true" />}>
      <Advice />
    </Suspense>
  );
}
