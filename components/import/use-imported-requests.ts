"use client";

import { useCallback } from "react";

import { EMPTY_IMPORT, updateImportState, useImportState, writeImportState } from "@/lib/client/import-store";
import type { ImportProblem, PendingRequest } from "@/lib/import/schemas";
import { requestKey } from "@/lib/import/triage";

/** What the import screen has found so far; the triage queue starts from `requests`. */
export interface ImportedRequests {
  requests: PendingRequest[];
  problems: ImportProblem[];
}

/**
 * The requests found in every drop and paste, each person once, with the problems of the latest drop.
 * Kept in this browser (lib/client/import-store.ts) with the queue's state, so a reload resumes.
 */
export function useImportedRequests() {
  const { state, loaded, kept } = useImportState();

  const add = useCallback((found: ImportedRequests, { keepProblems = false }: { keepProblems?: boolean } = {}): number => {
    let added = 0;
    updateImportState((current) => {
      const seen = new Set(current.requests.map(requestKey));
      const fresh = found.requests.filter((request) => {
        const k = requestKey(request);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      added = fresh.length;
      return { ...current, requests: [...current.requests, ...fresh], problems: keepProblems ? current.problems : found.problems };
    });
    return added;
  }, []);

  const clear = useCallback(() => writeImportState(EMPTY_IMPORT), []);

  return { requests: state.requests, problems: state.problems, queue: state.queue, loaded, kept, add, clear };
}
