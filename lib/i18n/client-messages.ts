// Which messages each part of the app hands to the browser. Server components
// translate on the server and send nothing; client components get only the
// namespaces they use, instead of the whole catalogue in every page's HTML.
// tests/unit/client-messages.test.ts follows each part's client imports and
// fails when a client component uses a namespace missing here.
//
// An entry is a top-level namespace ("auth") or a path into one
// ("questionnaire.platformNames"), which sends only that part.

export const CLIENT_MESSAGES = {
  /** The header, account sync and error page, around every page. */
  layout: ["nav", "sync", "errorPage", "saveStatus"],
  questionnaire: ["questionnaire", "questionnaireSteps", "languages"],
  policy: [
    "empty",
    "policy",
    "policyGrid",
    "questionnaire.platformNames",
    "relationships",
    "patientRelationships",
    "verdicts",
    "follow",
    "alternatives",
    "actions",
    "principles.names",
    "teamMarks",
  ],
  advice: [
    "empty",
    "advice",
    "actions",
    "languages",
    "tones",
    "verdicts",
    "relationships",
    "patientRelationships",
    "follow",
    "alternatives",
    "questionnaire.platformNames",
    "history",
    "questionnaire.platform",
    "quickAdvice",
    "replyBox",
    "saveStatus",
    "principles.names",
    "teamMarks",
    "invite.offer",
  ],
  history: ["history", "verdicts", "relationships", "patientRelationships", "edges"],
  invite: ["invite", "relationships", "patientRelationships", "questionnaire.platformNames", "history.record"],
  account: ["account", "auth", "languages", "edges"],
  auth: ["auth"],
  import: ["import", "triage", "questionnaire.platformNames", "relationships", "patientRelationships", "verdicts", "actions", "history.past", "history.record"],
  team: ["team", "verdicts", "relationships", "languages"],
} as const satisfies Record<string, readonly string[]>;

export type ClientPart = keyof typeof CLIENT_MESSAGES;

type Messages = Record<string, unknown>;

/** The named parts of `messages`; a path that does not exist is left out (the message tests catch those). */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  // Shorter paths first, so a whole namespace makes any path into it redundant.
  const sorted = [...paths].sort((a, b) => a.split(".").length - b.split(".").length);
  const whole: string[] = [];
  for (const path of sorted) {
    if (whole.some((done) => path === done || path.startsWith(`${done}.`))) continue;
    whole.push(path);
    const keys = path.split(".");
    let source: unknown = messages;
    let target = picked;
    for (const [i, key] of keys.entries()) {
      if (typeof source !== "object" || source === null || !Object.hasOwn(source, key)) break;
      source = (source as Messages)[key];
      if (i === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Messages;
    }
  }
  return picked;
}
