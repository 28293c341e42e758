import { describe, expect, it } from "vitest";

import { routing } from "@/lib/i18n/routing";
import { existingAccountMail, localeOfPath, mailLocale, MAIL_LOCALE_HEADER, resetPasswordMail, verificationMail } from "@/lib/mail/messages";

const to = { email: "aino@example.test", name: "Aino" };

// Rendered once per language before the tests (the catalogues load asynchronously).
const MAILS = Object.fromEntries(
  await Promise.all(
    routing.locales.map(async (locale) => [
      locale,
      {
        verification: await verificationMail(locale, to, "http://localhost:3000/api/auth/verify-email?token=a.b.c&callbackURL=%2Fen%2Femail-verified"),
        existing: await existingAccountMail(locale, to),
        reset: await resetPasswordMail(locale, to, "Tok3n"),
      },
    ]),
  ),
) as Record<(typeof routing.locales)[number], Record<"verification" | "existing" | "reset", Awaited<ReturnType<typeof verificationMail>>>>;

describe("the language of a mail", () => {
  it.each([
    ["/fi/reset-password", "fi"],
    ["/nb/email-verified?x=1", "nb"],
    ["/en", "en"],
    ["/de/reset-password", "en"],
    ["/", "en"],
    ["", "en"],
    [undefined, "en"],
    ["/__proto__/x", "en"],
  ])("%s → %s", (path, locale) => {
    expect(localeOfPath(path)).toBe(locale);
  });

  it("is read from the auth route's header, English when missing or unknown", () => {
    const withHeader = (value: string) => new Request("http://kindly.test", { headers: { [MAIL_LOCALE_HEADER]: value } });
    expect(mailLocale(withHeader("nb"))).toBe("nb");
    expect(mailLocale(withHeader("xx"))).toBe("en");
    expect(mailLocale(undefined)).toBe("en");
  });
});

describe.each(routing.locales)("mails in %s", (locale) => {
  const mails = MAILS[locale];

  it.each(Object.entries(mails))("%s: addressed, greeted by name, plain text with its links on lines of their own", (_kind, mail) => {
    expect(mail.to).toBe(to.email);
    expect(mail.subject.length).toBeGreaterThan(10);
    expect(mail.text.split("\n")[0]).toContain("Aino");
    // next-intl shows a missing message as its key: none of those, and no markup.
    expect(mail.text).not.toMatch(/mail\.|verify\.|existing\.|reset\.|[<>]/);
    for (const link of mail.text.match(/https?:\S+/g) ?? []) expect(mail.text).toContain(`\n${link}`);
  });

  it("links to this language's pages", () => {
    expect(mails.existing.text).toContain(`http://localhost:3000/${locale}/sign-in`);
    expect(mails.existing.text).toContain(`http://localhost:3000/${locale}/forgot-password`);
    expect(mails.reset.text).toContain(`http://localhost:3000/${locale}/reset-password?token=Tok3n`);
    expect(mails.verification.text).toContain("http://localhost:3000/api/auth/verify-email?token=a.b.c&callbackURL=%2Fen%2Femail-verified");
  });

  it("the three subjects differ", () => {
    expect(new Set(Object.values(mails).map((m) => m.subject)).size).toBe(3);
  });
});
