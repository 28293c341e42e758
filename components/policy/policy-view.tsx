"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";

import { PolicyGrid } from "@/components/policy/policy-grid";
import { Toaster } from "@/components/toaster";

function WithParams() {
  const params = useSearchParams();
  return <PolicyGrid justSaved={params.get("saved") === "1"} />;
}

/** The grid reads `?saved=1` (after the questionnaire) on the client, so the page itself stays static. */
export function PolicyView() {
  return (
    <>
      <Suspense fallback={<div className="min-h-[36rem]" aria-busy="true" />}>
        <WithParams />
      </Suspense>
      <Toaster />
    </>
  );
}
