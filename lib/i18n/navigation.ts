import { createNavigation } from "next-intl/navigation";

import { routing } from "@/lib/i18n/routing";

// Server-side locale-aware redirect; client links live in lib/i18n/locale-links.ts.
export const { redirect } = createNavigation(routing);
