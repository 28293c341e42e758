"use client";

import { useEffect, useState } from "react";

import { loadMyBaselineAction } from "@/app/actions/team";
import type { Baseline } from "@/lib/engine";

import { fetchSessionState } from "./session";

// The baseline of the signed-in person's team (issue 23), asked once per page
// load: the engine's input beside the profile, never mixed into it. Without a
// session or a team it is empty, and the grid and advice are the person's own.

let baselineRequest: Promise<Baseline> | null = null;

function fetchBaseline(): Promise<Baseline> {
  baselineRequest ??= fetchSessionState()
    .then(async (session) => {
      if (!session || session === "unknown") return {};
      const result = await loadMyBaselineAction();
      return result.ok ? result.data : {};
    })
    .catch(() => ({}));
  return baselineRequest;
}

/** Forgets the cached baseline (after joining or leaving a team). */
export function forgetTeamBaseline() {
  baselineRequest = null;
}

const EMPTY: Baseline = {};

export function useTeamBaseline(): Baseline {
  const [baseline, setBaseline] = useState<Baseline>(EMPTY);
  useEffect(() => {
    let live = true;
    void fetchBaseline().then((b) => live && setBaseline(b));
    return () => {
      live = false;
    };
  }, []);
  return baseline;
}
