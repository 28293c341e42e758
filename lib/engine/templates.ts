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
import { PLATFORM_NAMES, type RequestKind } from "./platforms";
import type { Language, Platform } from "./vocabulary";

/**
 * What the person keeps the platform for, as said in a redirect or decline:
 * `close` (private account: family and close friends), `personal` (mixed:
 * people known personally) or `work` (work contacts are kept on LinkedIn).
 */
export type Scope = "close" | "personal" | "work";

/**
 * Whom a duty-of-care decline (D1–D3) is about, said as a rule for everyone
 * (D4): clients (therapists), patients (healthcare), pupils and their
 * families (teachers).
 */
export type Care = "clients" | "patients" | "school";

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
  /** What the request is called there (a public account's `follow` is worded without "request"). */
  readonly kind: RequestKind;
  /** Duty-of-care declines only. */
  readonly care: Care;
  /** The practice or school page, "" when not given (duty-of-care declines only). */
  readonly practiceUrl: string;
}

export type TemplateKind =
  | "redirect"
  | "redirect_not_used"
  | "decline_private"
  | "decline_network"
  | "decline_not_used"
  | "decline_sales"
  | "decline_duty"
  | "thanks_met"
  | "looking_forward";

type Writer = (v: TemplateVars) => string;

/** The request as the platform calls it (a public account's follower: a follow). */
function requestKind(v: TemplateVars): RequestKind {
  return v.kind;
}

interface LanguagePack {
  readonly kinds: Record<TemplateKind, { readonly warm: Writer; readonly brief: Writer }>;
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

const EN_REQUEST: Record<RequestKind, string> = {
  invitation: "invitation",
  friend_request: "friend request",
  follow_request: "follow request",
  follow: "follow",
};

const EN_CARE: Record<Care, string> = {
  clients: "I don't connect with clients on social media, during our work or after it",
  patients: "I don't connect with patients on social media, during treatment or after it",
  school: "I don't connect with pupils or their families on my own social media",
};

function enPointer(v: TemplateVars): string {
  if (v.care === "school")
    return v.practiceUrl === ""
      ? "The school's own channels are the best way to reach me."
      : `The school's own channels are the best way to reach me: ${v.practiceUrl}`;
  return v.practiceUrl === ""
    ? "You can always reach me the usual way, through the practice."
    : `You can always reach me through the practice's page: ${v.practiceUrl}`;
}

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
    decline_duty: {
      warm: (v) =>
        lines(
          enHi(v),
          `Thank you for the ${EN_REQUEST[requestKind(v)]}, it was kind of you to think of me. ${EN_CARE[v.care]} – it's a rule I keep with everyone, so it's nothing personal.`,
          enPointer(v),
          v.sign,
        ),
      brief: (v) => lines(`${enHi(v)} thanks for the ${EN_REQUEST[requestKind(v)]}. ${EN_CARE[v.care]} – it's the same for everyone.`, enPointer(v), v.sign),
    },
    looking_forward: {
      warm: (v) =>
        lines(
          enHi(v),
          `Thanks for the ${EN_REQUEST[requestKind(v)]} – I'm glad to connect.` +
            (v.metAt === "" ? " Looking forward to meeting you." : ` Looking forward to meeting you at ${v.metAt}.`),
          v.sign,
        ),
      brief: (v) =>
        lines(
          (v.name === "" ? "Thanks for connecting!" : `Thanks for connecting, ${v.name}!`) + (v.metAt === "" ? " See you soon." : ` See you at ${v.metAt}.`),
          v.sign,
          "",
        ),
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
};

// ---------------------------------------------------------------- Finnish

const FI_REQUEST_ELATIVE: Record<RequestKind, string> = {
  invitation: "kutsusta",
  friend_request: "kaveripyynnöstä",
  follow_request: "seuraamispyynnöstä",
  follow: "seuraamisesta",
};

const FI_CARE: Record<Care, string> = {
  clients: "En ole sosiaalisessa mediassa yhteydessä asiakkaisiini – en nykyisiin enkä entisiin",
  patients: "En ole sosiaalisessa mediassa yhteydessä potilaisiini – en nykyisiin enkä entisiin",
  school: "En ole omilla somekanavillani yhteydessä oppilaisiin enkä heidän huoltajiinsa",
};

function fiPointer(v: TemplateVars): string {
  if (v.care === "school")
    return v.practiceUrl === ""
      ? "Minut tavoittaa parhaiten koulun omien kanavien kautta."
      : `Minut tavoittaa parhaiten koulun omien kanavien kautta: ${v.practiceUrl}`;
  return v.practiceUrl === "" ? "Minut tavoittaa aina tuttuun tapaan vastaanoton kautta." : `Minut tavoittaa aina vastaanoton sivun kautta: ${v.practiceUrl}`;
}

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
    decline_duty: {
      warm: (v) =>
        lines(
          fiHi(v),
          `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}, oli ystävällistä muistaa minua. ${FI_CARE[v.care]}. Sama periaate koskee kaikkia, joten kyse ei ole sinusta.`,
          fiPointer(v),
          v.sign,
        ),
      brief: (v) => lines(`${fiHi(v)} Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}. ${FI_CARE[v.care]}, ja sama koskee kaikkia.`, fiPointer(v), v.sign),
    },
    looking_forward: {
      warm: (v) =>
        lines(
          fiHi(v),
          `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}, hyväksyin sen mielelläni.` +
            (v.metAt === "" ? " Odotan tapaamistamme." : ` Odotan tapaamistamme – ${v.metAt} on hyvä tilaisuus jutella.`),
          v.sign,
        ),
      brief: (v) =>
        lines(
          (v.name === "" ? `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}!` : `Kiitos ${FI_REQUEST_ELATIVE[requestKind(v)]}, ${v.name}!`) + " Nähdään pian.",
          v.sign,
          "",
        ),
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
};

// ---------------------------------------------------------------- Norwegian (bokmål)

/** Completes "Takk for …". */
const NB_REQUEST: Record<RequestKind, string> = {
  invitation: "invitasjonen",
  friend_request: "venneforespørselen",
  follow_request: "følgeforespørselen",
  follow: "at du følger meg",
};

const NB_CARE: Record<Care, string> = {
  clients: "Jeg knytter ikke kontakt med klienter i sosiale medier, verken nåværende eller tidligere",
  patients: "Jeg knytter ikke kontakt med pasienter i sosiale medier, verken nåværende eller tidligere",
  school: "Jeg knytter ikke kontakt med elever eller foresatte på mine egne kontoer i sosiale medier",
};

function nbPointer(v: TemplateVars): string {
  if (v.care === "school")
    return v.practiceUrl === ""
      ? "Skolens egne kanaler er den beste måten å nå meg på."
      : `Skolens egne kanaler er den beste måten å nå meg på: ${v.practiceUrl}`;
  return v.practiceUrl === "" ? "Du når meg alltid på vanlig måte via praksisen." : `Du når meg alltid via siden til praksisen: ${v.practiceUrl}`;
}

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
    decline_duty: {
      warm: (v) =>
        lines(
          nbHi(v),
          `Takk for ${NB_REQUEST[requestKind(v)]}, det var hyggelig tenkt. ${NB_CARE[v.care]} – det gjelder alle, så det er ikke noe personlig.`,
          nbPointer(v),
          v.sign,
        ),
      brief: (v) => lines(`${nbHi(v)} Takk for ${NB_REQUEST[requestKind(v)]}. ${NB_CARE[v.care]} – det gjelder alle.`, nbPointer(v), v.sign),
    },
    looking_forward: {
      warm: (v) =>
        lines(
          nbHi(v),
          `Takk for ${NB_REQUEST[requestKind(v)]} – jeg knytter gjerne kontakt.` +
            (v.metAt === "" ? " Gleder meg til å møte deg." : ` Gleder meg til vi møtes – ${v.metAt} blir et fint sted å prate.`),
          v.sign,
        ),
      brief: (v) =>
        lines(
          (v.name === "" ? `Takk for ${NB_REQUEST[requestKind(v)]}!` : `Takk for ${NB_REQUEST[requestKind(v)]}, ${v.name}!`) + " Vi ses snart.",
          v.sign,
          "",
        ),
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
};

const PACKS: Record<Language, LanguagePack> = { en: EN, fi: FI, nb: NB };

export function renderTemplate(kind: TemplateKind, tone: "warm" | "brief", language: Language, vars: TemplateVars): string {
  return PACKS[language].kinds[kind][tone](vars);
}
