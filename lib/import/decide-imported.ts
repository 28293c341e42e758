/**
 * The request as an export tells it, before the person says more: someone
 * never met, no rapport, no mutual connections or common ground known, a note
 * if the export has one. The verdict a saved policy gives this is the one a
 * triage queue starts from.
 */
import { decideVerdict, type ConnectionRequestInput, type Profile, type Verdict } from "@/lib/engine";

import type { PendingRequest } from "./schemas";

export function defaultSituation(request: PendingRequest): ConnectionRequestInput {
  return {
    platform: request.platform,
    relationship: "stranger",
    met: "never",
    rapport: false,
    note: request.message !== undefined,
    mutualConnections: "none",
    commonGround: false,
    redFlags: [],
  };
}

/** Every request's verdict under `profile`, in the requests' order. */
export function decideImported(profile: Profile, requests: readonly PendingRequest[]): Verdict[] {
  return requests.map((request) => decideVerdict(profile, defaultSituation(request)).verdict);
}
