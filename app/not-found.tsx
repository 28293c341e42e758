import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";

import { routing } from "@/lib/i18n/routing";

import "./globals.css";

// Paths outside every language that no file answers (/foo.txt, /wp-login.php):
// paths without a dot go through the language routing to the translated
// app/[locale]/not-found.tsx instead. English, with a way into every language.

export default async function RootNotFound() {
  // Rendered per request, so Next's scripts carry this response's CSP nonce (proxy.ts).
  await headers();
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: "notFound" });
  // Each language's link in that language, so anyone can find their own.
  const homes = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, name: (await getTranslations({ locale, namespace: "notFound" }))("inThisLanguage") })),
  );
  return (
    <html lang={routing.defaultLocale}>
      <body className="flex min-h-dvh flex-col font-sans">
        <main className="mx-auto w-full max-w-xl flex-1 space-y-5 px-4 py-16 text-center">
          <p className="text-lg font-semibold tracking-tight">Kindly</p>
          <h1 className="text-3xl font-bold tracking-tight text-balance">{t("title")}</h1>
          <p className="text-stone-700 dark:text-stone-300">{t("text")}</p>
          <ul className="flex flex-wrap justify-center gap-3 pt-2">
            {homes.map(({ locale, name }) => (
              <li key={locale}>
                <a
                  href={`/${locale}`}
                  lang={locale}
                  className="inline-block rounded-lg border border-stone-300 px-5 py-3 font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
                >
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
