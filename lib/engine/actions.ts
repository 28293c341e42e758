/**
 * Suggested actions for a decided request. Kindly never acts on an account;
 * these are the steps it suggests, listed in the order of ACTIONS.
 *
 * One recommended path per decision (contract v2): an action is suggested
 * only for the verdict it belongs to, only where the platform makes it
 * possible (PLATFORM_FACTS), and never beside one that contradicts it (no
 * reply beside "ignore", nothing beside "report or block"). Other choices
 * are alternatives (alternatives in decide.ts), each with its own path.
 */
import type { RuleContext } from "./context";
import { PLATFORM_FACTS } from "./platforms";
import { unknownPerson, type Rule } from "./rules";
import { ACTIONS, assertNever, type Action, type Verdict } from "./vocabulary";

/**
 * Whether a message can reach the requester when you say no: not to a
 * public account's follower (nobody is waiting for an answer), and not on a
 * platform where a request without a message is declined silently
 * (LinkedIn's Ignore) — unless a duty of care declines someone you see at
 * work anyway (a client, a pupil's family), who can be told there.
 */
export function canAnswer(c: RuleContext, r: Rule, verdict: Verdict): boolean {
  if (r.noReply === true || c.publicFollow) return false;
  if (verdict === "decline" && !c.note && !PLATFORM_FACTS[c.platform].answerWithoutNote) return c.duty !== undefined;
  return true;
}

function wantsLimit(c: RuleContext): boolean {
  if (c.platform === "linkedin") {
    // An open networker accepting people they don't know keeps their
    // existing contacts out of strangers' view (P10 vs P18).
    return c.openNetworker && c.group === "stranger";
  }
  // A work contact on an account that also shows private life: accept but
  // limit (Restricted list, not on Close Friends).
  return c.persona !== "professional" && c.group === "work";
}

/**
 * The path for one verdict (the recommended one or an alternative), without
 * the reply itself. Pushed in the order of ACTIONS, so nothing is sorted.
 */
export function pathActions(c: RuleContext, r: Rule, verdict: Verdict, answered: boolean): Action[] {
  if (r.noReply === true) return ["report_or_block"];
  const facts = PLATFORM_FACTS[c.platform];
  const actions: Action[] = [];
  switch (verdict) {
    case "accept":
      // P3: following other professionals back is courteous.
      if (facts.followBack && (c.persona === "professional" || c.persona === "mixed") && c.group !== "stranger") actions.push("follow_back");
      if (wantsLimit(c) && facts.limitTool !== null) actions.push(facts.limitTool);
      if (c.met === "meeting_planned" && !c.openNetworker && (c.platform === "linkedin" || c.persona === "professional")) {
        // P13, selective: accept once you have met.
        actions.push("wait_until_after_meeting");
      } else if (unknownPerson(c) && c.met === "never" && c.mutual !== "many") {
        actions.push("check_profile_first");
        // Without a message a LinkedIn invitation cannot be answered before
        // accepting: accept, then ask what prompted it (P11).
        if (c.platform === "linkedin" && !c.note) actions.push("accept_then_ask");
      }
      break;
    case "decline":
      if (c.publicFollow) {
        // Don't follow back; remove them quietly where the account is kept
        // for private life or they are a stranger.
        if (facts.removeFollower && (c.group === "stranger" || c.persona === "civilian")) actions.push("remove_follower_quietly");
      } else if (!answered) {
        actions.push("ignore_quietly");
      }
      break;
    case "redirect":
      break;
    default:
      return assertNever(verdict);
  }
  // A public account kept for private life: going private keeps the
  // followers you have (PLATFORMS.md "going private").
  if (c.publicFollow && c.persona === "civilian") actions.push("make_account_private");
  // Duty of care: where to point them instead, when a message can reach
  // them (nobody is waiting for an answer from a public account).
  if (verdict === "decline" && !c.publicFollow) {
    if ((c.duty === "D1" || c.duty === "D2") && c.practiceUrlGiven) actions.push("point_to_practice_page");
    if (c.duty === "D3") actions.push("use_school_channel");
  }
  return actions;
}

/** The recommended path: the reply (when there is one) first, then the verdict's own steps. */
export function chooseActions(c: RuleContext, r: Rule, verdict: Verdict, hasTemplates: boolean, hasUrl: boolean): Action[] {
  const path = pathActions(c, r, verdict, hasTemplates);
  if (!hasTemplates && (verdict !== "redirect" || !hasUrl)) return path;
  const actions: Action[] = [];
  if (hasTemplates) actions.push("reply_with_template");
  if (verdict === "redirect" && hasUrl) actions.push("send_linkedin_link");
  for (let i = 0; i < path.length; i++) actions.push(path[i]!);
  return actions;
}

/** The verdicts each verdict-bound action belongs to; an action not listed goes with any verdict. */
export const ACTION_VERDICTS: Readonly<Partial<Record<Action, readonly Verdict[]>>> = {
  send_linkedin_link: ["redirect"],
  follow_back: ["accept"],
  restrict_facebook: ["accept"],
  close_friends_instagram: ["accept"],
  hide_connections_linkedin: ["accept"],
  accept_then_ask: ["accept"],
  wait_until_after_meeting: ["accept"],
  check_profile_first: ["accept"],
  ignore_quietly: ["decline"],
  remove_follower_quietly: ["decline"],
  report_or_block: ["decline"],
  point_to_practice_page: ["decline"],
  use_school_channel: ["decline"],
};

/** Actions that contradict each other in one path (contract v2: never "decline", "ask first" and "ignore" together). */
export const CONFLICTING_ACTIONS: readonly (readonly [Action, Action])[] = [
  ["reply_with_template", "ignore_quietly"],
  ["ask_what_prompted", "ignore_quietly"],
  ["accept_then_ask", "ask_what_prompted"],
  ["follow_back", "remove_follower_quietly"],
];

/** Why a path is incoherent, or undefined when it is one coherent path (used by the tests and the sweep). */
export function incoherence(verdict: Verdict, actions: readonly Action[]): string | undefined {
  if (actions.includes("report_or_block") && actions.length > 1) return "report_or_block beside other actions";
  for (let i = 1; i < actions.length; i++) if (ACTIONS.indexOf(actions[i]!) <= ACTIONS.indexOf(actions[i - 1]!)) return "actions out of ACTIONS order";
  for (const a of actions) {
    const verdicts = ACTION_VERDICTS[a];
    if (verdicts !== undefined && !verdicts.includes(verdict)) return `${a} with ${verdict}`;
  }
  for (const [a, b] of CONFLICTING_ACTIONS) if (actions.includes(a) && actions.includes(b)) return `${a} with ${b}`;
  return undefined;
}
