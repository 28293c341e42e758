"use client";

import { lazy } from "react";

import { SavedPolicyGate } from "@/components/saved-policy-gate";

const Advice = lazy(() => import("@/components/advice/advice").then((m) => ({ default: m.Advice })));

export function AdviceEntry() {
  return (
    <SavedPolicyGate minHeight="min-h-[40rem]">
      <Advice />
    </SavedPolicyGate>
  );
}
