/**
 * A short human explanation of a rule for the policy grid's "why?" popup:
 * the rule's own reasons rendered for a platform and language.
 */
import { renderReason, type RenderedReason } from "./reasons";
import { findRule } from "./rules";
import type { Language, Platform } from "./vocabulary";

export function describeRule(ruleName: string, language: Language, platform: Platform = "linkedin"): RenderedReason[] {
  const rule = findRule(ruleName);
  if (rule === undefined) return [];
  return rule.reasons.map((key) => renderReason(key, platform, language));
}
