"use client";

import { useSearchParams } from "next/navigation";
import { lazy, Suspense } from "react";

import { SavedPolicyGate } from "@/components/saved-policy-gate";

const PolicyGrid = lazy(() => import("@/components/policy/policy-grid").then((m) => ({ default: m.PolicyGrid })));

function WithParams() {
  const params = useSearchParams();
  return (
    <SavedPolicyGate minHeight="min-h-[36rem]">
      <PolicyGrid justSaved={params.get("saved") === "1"} />
    </SavedPolicyGate>
  );
}

/** The grid reads `?saved=1` (after the questionnaire) on the client. */
export function PolicyView() {
  return (
    <Suspense fallback={<div className="min-h-[36rem]" aria-busy="true" />}>
      <WithParams />
    </Suspense>
  );
}
