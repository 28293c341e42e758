/**
 * Reply templates in en / fi / nb, written for each language rather than
 * translated word by word. Short, warm and honest, no superlatives (P16).
 *
 * Each writer is a plain function of the variables so rendering is string
 * concatenation only (no regex, no placeholder parsing on the hot path).
 * Names stay in their basic form in every language: Finnish sentences are
 * built so neither the requester's name nor `metAt` has to be inflected
 * ("Hei Jussi!", "… – {metAt} oli hyvä paikka tavata.").
 */
import { PLATFORM_FACTS, PLATFORM_NAMES, type AnsweredRequestKind } from "./platforms";
import type { Language, Platform } from "./vocabulary";

/**
 * What the person keeps the platform for, as said in a redirect or decline:
 * `close` (private account: family and close friends), `personal` (mixed:
 * people known personally) or `work` (work contacts are kept on LinkedIn).
 */
export type Scope = "close" | "personal" | "work";

export interface TemplateVars {
  /** Requester's name, "" when not given. */
  readonly name: string;
  /** Where you met, "" when not given. */
  readonly metAt: string;
  /** The person's LinkedIn URL, "" when not given. */
  readonly url: string;
  /** The person's display name for the signature, "" for none. */
  readonly sign: string;
  readonly platform: Platform;
  readonly scope: Scope;
}

export type TemplateKind =
  "redirect" | "redirect_not_used" | "decline_private" | "decline_network" | "decline_not_used" | "decline_sales" | "after_meeting" | "thanks_met";

type Writer = (v: TemplateVars) => string;

/**
 * A reply answers a request that waits for approval, so it names the request
 * as the platform calls it on a private account (an invitation, a friend
 * request, a follow request). Each language words every such kind once.
 */
function requestKind(v: TemplateVars): AnsweredRequestKind {
  return PLATFORM_FACTS[v.platform].requestKind.private;
}

interface LanguagePack {
  readonly kinds: Record<TemplateKind, { readonly warm: Writer; readonly brief: Writer }>;
  /** "What prompted the invite?" for a stranger who sent no note (P11). */
  readonly askPrompt: Writer;
}

/** Joins the non-empty lines of a message. */
function lines(a: string, b: string, c: string, d = ""): string {
  let out = a;
  if (b !== "") out += "\n" + b;
  if (c !== "") out += "\n" + c;
  if (d !== "") out += "\n" + d;
  return out;
}

// ---------------------------------------------------------------- English

const EN_REQUEST: Record<AnsweredRequestKind, string> = {
  invitation: "invitation",
  friend_request: "friend request",
  follow_request: "follow request",
};

function enHi(v: TemplateVars): string {
  return v.name === "" ? "Hi," : `Hi ${v.name},`;
}

function enKeep(v: TemplateVars, strict: boolean): string {
  const p = PLATFORM_NAMES[v.platform];
  switch (v.scope) {
    case "close":
      return strict ? `I keep ${p} for family and close friends only` : `I keep ${p} for family and close friends`;
    case "personal":
      return `I keep ${p} for people I know personally`;
    case "work":
      return "I keep my work contacts together on LinkedIn";
  }
}

function enMet(v: TemplateVars): string {
  return v.metAt === "" ? "" : ` It was good to meet you at ${v.metAt}.`;
}

const EN: LanguagePack = {
  kinds: {
    redirect: {
      warm: (v) =>
        lines(
          enHi(v),
          `Thank you for the ${EN_REQUEST[requestKind(v)]}.${enMet(v)}`,
          v.scope === "work"
            ? v.url === ""
              ? `${enKeep(v, false)}, so let's connect there – you'll find me by searching for my name.`
              : `${enKeep(v, false)}, so let's connect there: ${v.url}`
            : v.url === ""
              ? `${enKeep(v, false)}, so let's connect on LinkedIn instead – you'll find me there by searching for my name.`
              : `${enKeep(v, false)}, so let's connect on LinkedIn instead: ${v.url}`,
          v.sign,
        ),
      brief: (v) =>
        lines(
          `${enHi(v)} thanks for the ${EN_REQUEST[requestKind(v)]}! ${enKeep(v, false)} – let's connect ${v.scope === "work" ? "there" : "on LinkedIn"}` +
            (v.url === "" ? ". Just search for my name there." : `: ${v.url}`),
          v.sign,
          "",
        ),
    },
    redirect_not_used: {
      warm: (v) =>
        lines(
          enHi(v),
          `Thank you for the ${EN_REQUEST[requestKind(v)]}. I'm hardly ever on ${PLATFORM_NAMES[v.platform]}, but you can reach me on LinkedIn` +
            (v.url === "" ? " – just search for my name there." : `: ${v.url}`),
          v.sign,
        ),
      brief: (v) =>
        lines(
          `${enHi(v)} thanks! I'm rarely on ${PLATFORM_NAMES[v.platform]} – ` +
            (v.url === "" ? "LinkedIn is the best place to reach me; search for my name there." : `LinkedIn is the best place to reach me: ${v.url}`),
          v.sign,
          "",
        ),
    },
    decline_private: {
      warm: (v) =>
        lines(
          enHi(v),
          `Thank you for the ${EN_REQUEST[requestKind(v)]}, it was kind of you to ask.${enMet(v)}`,
          `${enKeep(v, false)}, so I won't accept – I hope you understand.`,
          v.sign,
        ),
      brief: (v) => lines(`${enHi(v)} thanks for the ${EN_REQUEST[requestKind(v)]}. ${enKeep(v, true)}, so I'll say no – nothing personal.`, v.sign, ""),
    },
    decline_network: {
      warm: (v) =>
        lines(
          enHi(v),
          `Thank you for the ${EN_REQUEST[requestKind(v)]}.`,
          `I keep my ${PLATFORM_NAMES[v.platform]} network fairly small and close to my own work, so I'll leave this one for now. Thank you for understanding.`,
          v.sign,
        ),
      brief: (v) =>
        lines(
          `${enHi(v)} thanks for the ${EN_REQUEST[requestKind(v)]}. I keep my ${PLATFORM_NAMES[v.platform]} network small, so I'll pass for now.`,
          v.sign,
          "",
        ),
    },
    decline_not_used: {
      warm: (v) =>
        lines(
          enHi(v),
          `Thank you for the ${EN_REQUEST[requestKind(v)]}. I'm hardly ever on ${PLATFORM_NAMES[v.platform]}, so I won't accept there – nothing personal.`,
          v.sign,
        ),
      brief: (v) => lines(`${enHi(v)} thanks! I'm rarely on ${PLATFORM_NAMES[v.platform]}, so I'll pass there.`, v.sign, ""),
    },
    decline_sales: {
      warm: (v) =>
        lines(
          enHi(v),
          "Thank you for getting in touch.",
          "I'm not looking for new services or products at the moment, so I won't connect. All the best with your work.",
          v.sign,
        ),
      brief: (v) => lines(`${enHi(v)} thanks, but this isn't something I need right now, so I'll pass.`, v.sign, ""),
    },
    after_meeting: {
      warm: (v) => lines(enHi(v), `Thank you for the ${EN_REQUEST[requestKind(v)]}! Let's meet first – I'll be glad to connect after our meeting.`, v.sign),
      brief: (v) => lines(`${enHi(v)} thanks! Let's connect after we've met.`, v.sign, ""),
    },
    thanks_met: {
      warm: (v) =>
        lines(
          enHi(v),
          "Thanks for connecting!" + (v.metAt === "" ? " It was good to meet you." : ` It was good talking with you at ${v.metAt}.`) + " Let's keep in touch.",
          v.sign,
        ),
      brief: (v) =>
        lines(
          (v.name === "" ? "Thanks for connecting!" : `Thanks for connecting, ${v.name}!`) +
            (v.metAt === "" ? " Good to meet you." : ` Good to meet you at ${v.metAt}.`),
          v.sign,
          "",
        ),
    },
  },
  askPrompt: (v) => lines(enHi(v), `Thank you for the ${EN_REQUEST[requestKind(v)]}! I don't think we've met – what made you want to connect?`, v.sign),
};

// ---------------------------------------------------------------- Finnish

const FI_REQUEST_ELATIVE: Record<AnsweredRequestKind, string> = {
  invitation: "kutsusta",
  friend_request: "kaveripyynnöstä",
  follow_request: "seuraamispyynnöstä",
};

function fiHi(v: TemplateVars): string {
  return v.name === "" ? "Hei!" : `Hei ${v.name}!`;
}

/** "{platform} on minulla …" keeps the platform name in the nominative. */
function fiKeep(v: TemplateVars): string {
  const p = PLATFORM_NAMES[v.platform];
  switch (v.scope) {
    case "close":
      return `${p} on minulla vain perhettä ja läheisiä ystäviä varten`;
    case "personal":
      return `${p} on minulla vain niitä varten, jotka tunnen henkilökohtaisesti`;
    case "work":
      return "Työyhteydet pidän koossa LinkedInissä";
  }
}

function fiMet(v: TemplateVars): string {
  return v.metAt === "" ? "" : ` Oli mukava jutella – ${v.metAt} oli hyvä paikka tavata.`;
}

const FI: LanguagePack = {
  kinds: {
    redirect: {
      warm: (v) =>
        lines(
          fiHi(v),
          `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}!${fiMet(v)}`,
          (v.scope === "work" ? `${fiKeep(v)}, joten ollaan yhteydessä siellä` : `${fiKeep(v)}, joten pidetään yhteyttä mieluummin LinkedInissä`) +
            (v.url === "" ? " – löydät minut sieltä nimelläni." : `: ${v.url}`),
          v.sign,
        ),
      brief: (v) =>
        lines(
          `${fiHi(v)} Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}. ${fiKeep(v)} – pidetään yhteyttä ${v.scope === "work" ? "siellä" : "LinkedInissä"}` +
            (v.url === "" ? " – löydät minut nimelläni." : `: ${v.url}`),
          v.sign,
          "",
        ),
    },
    redirect_not_used: {
      warm: (v) =>
        lines(
          fiHi(v),
          `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}! ${PLATFORM_NAMES[v.platform]} ei ole minulla juuri käytössä, mutta LinkedInissä tavoitat minut` +
            (v.url === "" ? " – löydät minut sieltä nimelläni." : `: ${v.url}`),
          v.sign,
        ),
      brief: (v) =>
        lines(
          `${fiHi(v)} Kiitos! ${PLATFORM_NAMES[v.platform]} ei ole minulla juuri käytössä – ` +
            (v.url === "" ? "LinkedInistä löydät minut nimelläni." : `LinkedInissä tavoitat minut parhaiten: ${v.url}`),
          v.sign,
          "",
        ),
    },
    decline_private: {
      warm: (v) =>
        lines(
          fiHi(v),
          `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}, ilahduin siitä.${fiMet(v)}`,
          `${fiKeep(v)}, joten en hyväksy pyyntöä. Toivottavasti ymmärrät.`,
          v.sign,
        ),
      brief: (v) =>
        lines(`${fiHi(v)} Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}. ${fiKeep(v)}, joten jätän tämän väliin – ei mitään henkilökohtaista.`, v.sign, ""),
    },
    decline_network: {
      warm: (v) =>
        lines(
          fiHi(v),
          `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}.`,
          `Pidän ${PLATFORM_NAMES[v.platform]}-verkostoni melko pienenä ja lähellä omaa työtäni, joten jätän tämän nyt väliin. Kiitos ymmärryksestä.`,
          v.sign,
        ),
      brief: (v) =>
        lines(
          `${fiHi(v)} Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}. Pidän ${PLATFORM_NAMES[v.platform]}-verkostoni pienenä, joten jätän tämän väliin.`,
          v.sign,
          "",
        ),
    },
    decline_not_used: {
      warm: (v) =>
        lines(
          fiHi(v),
          `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}! ${PLATFORM_NAMES[v.platform]} ei ole minulla juuri käytössä, joten en hyväksy pyyntöjä sitä kautta – ei mitään henkilökohtaista.`,
          v.sign,
        ),
      brief: (v) => lines(`${fiHi(v)} Kiitos! ${PLATFORM_NAMES[v.platform]} ei ole minulla juuri käytössä, joten jätän tämän väliin.`, v.sign, ""),
    },
    decline_sales: {
      warm: (v) =>
        lines(
          fiHi(v),
          "Kiitos yhteydenotosta.",
          "En ole juuri nyt hankkimassa uusia palveluita tai tuotteita, joten en hyväksy pyyntöä. Kaikkea hyvää työhösi!",
          v.sign,
        ),
      brief: (v) => lines(`${fiHi(v)} Kiitos, mutta en tarvitse tätä juuri nyt, joten jätän väliin.`, v.sign, ""),
    },
    after_meeting: {
      warm: (v) => lines(fiHi(v), `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}! Tavataan ensin, niin hyväksyn kutsun mielelläni tapaamisen jälkeen.`, v.sign),
      brief: (v) => lines(`${fiHi(v)} Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]} – palataan tähän tapaamisen jälkeen.`, v.sign, ""),
    },
    thanks_met: {
      warm: (v) =>
        lines(fiHi(v), `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}!` + (v.metAt === "" ? " Oli mukava tavata." : fiMet(v)) + " Pidetään yhteyttä!", v.sign),
      brief: (v) =>
        lines(
          (v.name === "" ? `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}!` : `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}, ${v.name}!`) +
            (v.metAt === "" ? " Oli mukava tavata." : fiMet(v)),
          v.sign,
          "",
        ),
    },
  },
  askPrompt: (v) => lines(fiHi(v), `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}! En taida vielä tuntea sinua – mikä sai sinut ottamaan yhteyttä?`, v.sign),
};

// ---------------------------------------------------------------- Norwegian (bokmål)

const NB_REQUEST: Record<AnsweredRequestKind, string> = {
  invitation: "invitasjonen",
  friend_request: "venneforespørselen",
  follow_request: "følgeforespørselen",
};

function nbHi(v: TemplateVars): string {
  return v.name === "" ? "Hei!" : `Hei ${v.name}!`;
}

function nbKeep(v: TemplateVars): string {
  const p = PLATFORM_NAMES[v.platform];
  switch (v.scope) {
    case "close":
      return `${p} har jeg bare for familie og nære venner`;
    case "personal":
      return `${p} har jeg bare for folk jeg kjenner personlig`;
    case "work":
      return "Jobbkontaktene mine samler jeg på LinkedIn";
  }
}

function nbMet(v: TemplateVars): string {
  return v.metAt === "" ? "" : ` Hyggelig å prate med deg – ${v.metAt} var et fint sted å treffes.`;
}

const NB: LanguagePack = {
  kinds: {
    redirect: {
      warm: (v) =>
        lines(
          nbHi(v),
          `Takk for ${NB_REQUEST[requestKind(v)]}!${nbMet(v)}`,
          (v.scope === "work" ? `${nbKeep(v)}, så la oss knytte kontakt der` : `${nbKeep(v)}, så la oss heller knytte kontakt på LinkedIn`) +
            (v.url === "" ? " – søk opp navnet mitt der, så finner du meg." : `: ${v.url}`),
          v.sign,
        ),
      brief: (v) =>
        lines(
          `${nbHi(v)} Takk for ${NB_REQUEST[requestKind(v)]}. ${nbKeep(v)} – vi kan gjerne knytte kontakt ${v.scope === "work" ? "der" : "på LinkedIn"}` +
            (v.url === "" ? ". Søk opp navnet mitt, så finner du meg." : `: ${v.url}`),
          v.sign,
          "",
        ),
    },
    redirect_not_used: {
      warm: (v) =>
        lines(
          nbHi(v),
          `Takk for ${NB_REQUEST[requestKind(v)]}! ${PLATFORM_NAMES[v.platform]} bruker jeg nesten aldri, men på LinkedIn når du meg` +
            (v.url === "" ? " – søk opp navnet mitt der." : `: ${v.url}`),
          v.sign,
        ),
      brief: (v) =>
        lines(
          `${nbHi(v)} Takk! ${PLATFORM_NAMES[v.platform]} bruker jeg nesten aldri – ` +
            (v.url === "" ? "LinkedIn er det beste stedet å nå meg; søk opp navnet mitt der." : `LinkedIn er det beste stedet å nå meg: ${v.url}`),
          v.sign,
          "",
        ),
    },
    decline_private: {
      warm: (v) =>
        lines(
          nbHi(v),
          `Takk for ${NB_REQUEST[requestKind(v)]}, det var hyggelig av deg.${nbMet(v)}`,
          `${nbKeep(v)}, så jeg takker nei. Håper du forstår.`,
          v.sign,
        ),
      brief: (v) => lines(`${nbHi(v)} Takk for ${NB_REQUEST[requestKind(v)]}. ${nbKeep(v)}, så jeg takker nei – ikke noe personlig.`, v.sign, ""),
    },
    decline_network: {
      warm: (v) =>
        lines(
          nbHi(v),
          `Takk for ${NB_REQUEST[requestKind(v)]}.`,
          `Jeg holder ${PLATFORM_NAMES[v.platform]}-nettverket mitt ganske lite og nær mitt eget arbeid, så jeg står over denne gangen. Takk for forståelsen.`,
          v.sign,
        ),
      brief: (v) =>
        lines(
          `${nbHi(v)} Takk for ${NB_REQUEST[requestKind(v)]}. Jeg holder ${PLATFORM_NAMES[v.platform]}-nettverket mitt lite, så jeg står over.`,
          v.sign,
          "",
        ),
    },
    decline_not_used: {
      warm: (v) =>
        lines(
          nbHi(v),
          `Takk for ${NB_REQUEST[requestKind(v)]}! ${PLATFORM_NAMES[v.platform]} bruker jeg nesten aldri, så jeg takker nei der – ikke noe personlig.`,
          v.sign,
        ),
      brief: (v) => lines(`${nbHi(v)} Takk! ${PLATFORM_NAMES[v.platform]} bruker jeg nesten aldri, så jeg står over.`, v.sign, ""),
    },
    decline_sales: {
      warm: (v) =>
        lines(
          nbHi(v),
          "Takk for at du tok kontakt.",
          "Jeg er ikke på utkikk etter nye tjenester eller produkter nå, så jeg takker nei. Lykke til videre!",
          v.sign,
        ),
      brief: (v) => lines(`${nbHi(v)} Takk, men dette er ikke aktuelt for meg nå, så jeg står over.`, v.sign, ""),
    },
    after_meeting: {
      warm: (v) => lines(nbHi(v), `Takk for ${NB_REQUEST[requestKind(v)]}! La oss møtes først – jeg knytter gjerne kontakt etter møtet.`, v.sign),
      brief: (v) => lines(`${nbHi(v)} Takk! La oss knytte kontakt etter at vi har møttes.`, v.sign, ""),
    },
    thanks_met: {
      warm: (v) =>
        lines(nbHi(v), `Takk for ${NB_REQUEST[requestKind(v)]}!` + (v.metAt === "" ? " Hyggelig å treffe deg." : nbMet(v)) + " Vi holder kontakten!", v.sign),
      brief: (v) =>
        lines(
          (v.name === "" ? `Takk for ${NB_REQUEST[requestKind(v)]}!` : `Takk for ${NB_REQUEST[requestKind(v)]}, ${v.name}!`) +
            (v.metAt === "" ? " Hyggelig å treffes." : nbMet(v)),
          v.sign,
          "",
        ),
    },
  },
  askPrompt: (v) => lines(nbHi(v), `Takk for ${NB_REQUEST[requestKind(v)]}! Jeg tror ikke vi har møttes – hva fikk deg til å ta kontakt?`, v.sign),
};

const PACKS: Record<Language, LanguagePack> = { en: EN, fi: FI, nb: NB };

export function renderTemplate(kind: TemplateKind, tone: "warm" | "brief", language: Language, vars: TemplateVars): string {
  return PACKS[language].kinds[kind][tone](vars);
}

export function renderAskPrompt(language: Language, vars: TemplateVars): string {
  return PACKS[language].askPrompt(vars);
}
