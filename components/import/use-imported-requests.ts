"use client";

import { useCallback, useRef, useState } from "react";

import type { ImportProblem, PendingRequest } from "@/lib/import/schemas";

/** What the import screen has found so far; the triage queue (issue 21, points 4–5) will start from `requests`. */
export interface ImportedRequests {
  requests: PendingRequest[];
  problems: ImportProblem[];
}

function key(request: PendingRequest): string {
  return `${request.platform}|${(request.profileUrl ?? request.handle ?? request.name).toLowerCase()}|${request.sentAt ?? ""}`;
}

const EMPTY: ImportedRequests = { requests: [], problems: [] };

/** The requests found in every drop and paste, each person once, with the problems of the latest drop. */
export function useImportedRequests() {
  const [state, setState] = useState<ImportedRequests>(EMPTY);
  // The latest state, for adding right after an await without a stale closure.
  const latest = useRef<ImportedRequests>(EMPTY);

  const add = useCallback((found: ImportedRequests, { keepProblems = false }: { keepProblems?: boolean } = {}): number => {
    const current = latest.current;
    const seen = new Set(current.requests.map(key));
    const fresh = found.requests.filter((request) => {
      const k = key(request);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    latest.current = { requests: [...current.requests, ...fresh], problems: keepProblems ? current.problems : found.problems };
    setState(latest.current);
    return fresh.length;
  }, []);

  const clear = useCallback(() => {
    latest.current = EMPTY;
    setState(EMPTY);
  }, []);

  return { ...state, add, clear };
}
