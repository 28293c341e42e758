import { z } from "zod";

import { ZConnectionRequest, ZLanguage, ZProfile } from "@/lib/engine";

/** The body of POST /api/decide. */
export const ZDecideInput = z
  .object({
    profile: ZProfile,
    request: ZConnectionRequest,
    // Reply templates may be wanted in another language than the reasons.
    templateLanguage: ZLanguage.optional(),
  })
  .strict();
