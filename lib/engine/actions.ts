/**
 * Suggested actions for a decided request. Kindly never acts on an account;
 * these are the steps it suggests, listed in the order of ACTIONS.
 */
import type { RuleContext } from "./context";
import { PLATFORM_FACTS } from "./platforms";
import { unknownPerson, type Rule } from "./rules";
import type { Action, Verdict } from "./vocabulary";

/** Whether to ask "what prompted the invite?" (P11): a stranger, no note, never met. */
export function shouldAskWhatPrompted(c: RuleContext, r: Rule): boolean {
  return (
    r.noReply !== true &&
    c.relationship === "stranger" &&
    !c.note &&
    !c.salesPitch &&
    c.met === "never" &&
    // On a private account you would not start a conversation with a stranger.
    (c.platform === "linkedin" || c.persona === "professional" || c.persona === "mixed")
  );
}

function wantsLimit(c: RuleContext, verdict: Verdict): boolean {
  if (verdict !== "accept") return false;
  if (c.platform === "linkedin") {
    // An open networker accepting people they don't know keeps their
    // existing contacts out of strangers' view (P10 vs P18).
    return c.openNetworker && c.group === "stranger";
  }
  // A work contact on an account that also shows private life: accept but
  // limit (Restricted list, not on Close Friends).
  return c.persona !== "professional" && c.group === "work";
}

export function chooseActions(c: RuleContext, r: Rule, verdict: Verdict, hasTemplates: boolean, hasUrl: boolean): Action[] {
  const actions: Action[] = [];
  if (hasTemplates) actions.push("reply_with_template");
  if (verdict === "redirect" && hasUrl) actions.push("send_linkedin_link");
  if (verdict === "accept" && PLATFORM_FACTS[c.platform].followBack && (c.persona === "professional" || c.persona === "mixed") && c.group !== "stranger") {
    // P3: following other professionals back is courteous.
    actions.push("follow_back");
  }
  if (wantsLimit(c, verdict)) {
    // The platform's own "accept, but limit" tool, if it has one.
    const tool = PLATFORM_FACTS[c.platform].limitTool;
    if (tool !== null) actions.push(tool);
  }
  if (shouldAskWhatPrompted(c, r)) actions.push("ask_what_prompted");
  if (r.noReply !== true && ((unknownPerson(c) && c.mutual !== "many") || c.salesPitch)) {
    actions.push("check_profile_first");
  }
  if (r.template === "after_meeting") actions.push("wait_until_after_meeting");
  if (verdict === "decline" && r.noReply !== true && c.group === "stranger") actions.push("ignore_quietly");
  if (r.noReply === true) actions.push("report_or_block");
  return actions;
}
