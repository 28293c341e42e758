/**
 * The sentence for each alternative's condition (contract v2 "When two
 * answers are both right"): a clause that completes "Also reasonable:
 * <the other answer> – <condition>". The texts live in each language's
 * catalogue, lib/i18n/messages/<language>/replies.json ("conditions.<key>").
 */
import { formatEngineMessage } from "./messages";
import type { Condition, Language } from "./vocabulary";

export function renderCondition(condition: Condition, language: Language): string {
  return formatEngineMessage(language, `conditions.${condition}`);
}
