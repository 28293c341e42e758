import { z } from "zod";

import { ZInvitationTarget, ZProfile } from "@/lib/engine";

/** The body of POST /api/compose: whose profile writes, and to whom (issue 22). */
export const ZComposeInput = z
  .object({
    profile: ZProfile,
    target: ZInvitationTarget,
  })
  .strict();
