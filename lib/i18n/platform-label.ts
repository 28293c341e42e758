import { useTranslations } from "next-intl";

import { PLATFORM_FACTS, type Platform } from "@/lib/engine/platforms";

/**
 * A platform's label in the interface ("X (Twitter)"), under the key its
 * registry entry names. The namespace is PLATFORM_LABEL_NAMESPACE, written
 * out because tests/unit/client-messages.test.ts reads the literal to check
 * that the browser is sent these messages.
 */
export function usePlatformLabel(): (platform: Platform) => string {
  const t = useTranslations("questionnaire.platformNames");
  return (platform) => t(PLATFORM_FACTS[platform].labelKey);
}
