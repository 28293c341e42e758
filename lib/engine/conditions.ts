/**
 * The sentence for each alternative's condition (contract v2 "When two
 * answers are both right"), in en / fi / nb: a clause that completes "Also
 * reasonable: <the other answer> – <condition>".
 */
import type { Condition, Language } from "./vocabulary";

const CONDITION_TEXTS: Readonly<Record<Condition, Readonly<Record<Language, string>>>> = {
  workplace_expects_it: {
    en: "if your workplace expects it",
    fi: "jos työpaikallasi sitä odotetaan",
    nb: "hvis det er forventet på arbeidsplassen din",
  },
  you_know_them_well: {
    en: "if you know them well beyond work",
    fi: "jos tunnet hänet hyvin muutenkin kuin työn kautta",
    nb: "hvis du kjenner personen godt også utenom jobben",
  },
  after_you_have_met: {
    en: "once you have met and got on",
    fi: "kun olette tavanneet ja tulleet hyvin juttuun",
    nb: "når dere har møttes og fått god kontakt",
  },
  your_own_choice: {
    en: "if that is your own choice",
    fi: "jos se on oma valintasi",
    nb: "hvis det er ditt eget valg",
  },
  duty_of_care: {
    en: "as your profession's duty of care advises",
    fi: "kuten ammattisi eettiset ohjeet neuvovat",
    nb: "slik yrkesetikken din tilsier",
  },
  profile_looks_relevant: {
    en: "if their profile looks relevant to your work",
    fi: "jos hänen profiilinsa vaikuttaa työsi kannalta kiinnostavalta",
    nb: "hvis profilen ser relevant ut for arbeidet ditt",
  },
};

export function renderCondition(condition: Condition, language: Language): string {
  return CONDITION_TEXTS[condition][language];
}
