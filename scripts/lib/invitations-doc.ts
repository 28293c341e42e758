/**
 * The invitations you write yourself (issue 22), rendered for reviewers into
 * docs/replies/<language>.md after the replies: each situation's notes in
 * both tones, with the names and places a fluent reader should try, and the
 * composer's reasons. Part of `npm run replies:render`; kept current by
 * tests/unit/replies-docs.test.ts.
 */
import { composeInvitation, type InvitationTargetInput, type ProfileInput } from "../../lib/engine";
import { invitationMessage } from "../../lib/engine/invitations";
import enInvitations from "../../lib/i18n/messages/en/invitations.json";
import type { Language } from "../../lib/engine/vocabulary";

const PROFILE: ProfileInput = { platforms: { linkedin: { persona: "professional" }, facebook: { persona: "civilian" }, x: { persona: "professional" } } };

type Situation = { readonly title: string; readonly profile?: ProfileInput; readonly target: InvitationTargetInput };

const SITUATIONS: readonly Situation[] = [
  {
    title: "a client you met at an event, got on with, with common ground (after a redirect from Facebook)",
    target: { platform: "facebook", relationship: "client", met: "in_person", rapport: true, commonGround: "we both studied in Tampere" },
  },
  { title: "a partner you are about to meet (send after the meeting)", target: { platform: "linkedin", relationship: "partner", met: "meeting_planned" } },
  { title: "a coworker you talked with online", target: { platform: "linkedin", relationship: "coworker", met: "online" } },
  {
    title: "an expert you have never met, in your own words",
    target: { platform: "linkedin", relationship: "stranger", why: "Your talk on accessible forms changed how we design sign-up pages" },
  },
  { title: "an expert you have never met, no words of your own", target: { platform: "linkedin", relationship: "stranger" } },
  { title: "a friend on Facebook (a first message, no note)", target: { platform: "facebook", relationship: "friend", met: "in_person" } },
  { title: "a coworker on your work account on X (a first message)", target: { platform: "x", relationship: "coworker", met: "in_person", rapport: true } },
];

/** Names and places as typed ("på Slush" shows the preposition removed); the last is long enough to be shortened. */
const PEOPLE: readonly (readonly [name: string, place: string])[] = [
  ["Jussi", "Slush"],
  ["Bjørn-Erik", "på Slush"],
  ["Åsa", ""],
  ["Maria-Kristiina Wallenius-Korhonen", "the Nordic Accessibility and Inclusive Design Conference"],
];

function quote(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("  \n");
}

/** The Markdown section for one language. */
export function renderInvitationsSection(language: Language): string[] {
  const out: string[] = [
    "",
    "## Invitations you write",
    "",
    `From lib/i18n/messages/${language}/invitations.json by composeInvitation(): a LinkedIn note within 200 characters (free account),`,
    "elsewhere a first message. When a note would not fit, the common ground is shortened or dropped, then the place; the name stays.",
  ];
  for (const situation of SITUATIONS) {
    out.push("", `### ${situation.title}`);
    const seen = new Set<string>();
    for (const [name, place] of PEOPLE) {
      const target = { ...situation.target, ...(name ? { name } : {}), ...(place ? { metAt: place } : {}) };
      const invitation = composeInvitation({ ...PROFILE, ...situation.profile, language }, target);
      for (const note of invitation.notes) {
        if (seen.has(note.text)) continue;
        seen.add(note.text);
        const fitted = note.fitted.length > 0 ? `; shortened or dropped: ${note.fitted.join(", ")}` : "";
        out.push(
          "",
          `**${note.tone}** — name: ${name || "—"}, place: ${place || "—"} (${note.length}/${invitation.limit} on ${invitation.platform}${fitted})`,
          "",
          quote(note.text),
        );
      }
    }
  }
  out.push("", "### The composer's reasons", "");
  for (const key of Object.keys(enInvitations.reasons))
    out.push(`- \`${key}\`: ${invitationMessage(language, `reasons.${key}`, { platformName: "Facebook" })}`);
  return out;
}
