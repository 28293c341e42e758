"use client";

import { useTranslations } from "next-intl";

import { LanguageSwitch } from "@/components/language-switch";
import { useSession } from "@/lib/client/session";
import { Link, usePathname } from "@/lib/i18n/locale-links";

const SCREENS = [
  { href: "/questionnaire", key: "questionnaire" },
  { href: "/policy", key: "policy" },
  { href: "/advice", key: "advice" },
  { href: "/history", key: "history" },
  { href: "/import", key: "import" },
  { href: "/invite", key: "invite" },
] as const;

export function SiteHeader() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const session = useSession();

  return (
    <header className="border-b border-stone-200 bg-white/90 dark:border-stone-800 dark:bg-stone-900/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-stone-900 dark:text-stone-50">
          Kindly
        </Link>
        <nav aria-label={t("label")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-1 overflow-x-auto">
            {SCREENS.map((screen) => {
              const current = pathname === screen.href || pathname.startsWith(`${screen.href}/`);
              return (
                <li key={screen.href}>
                  <Link
                    href={screen.href}
                    aria-current={current ? "page" : undefined}
                    className={`block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${
                      current
                        ? "bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900"
                        : "text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
                    }`}
                  >
                    {t(screen.key)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <LanguageSwitch />
          {session === "loading" ? (
            <span className="inline-block w-20" aria-hidden="true" />
          ) : (
            <Link
              href={session ? "/account" : "/sign-in"}
              aria-current={pathname === "/account" || pathname === "/sign-in" ? "page" : undefined}
              className="inline-block min-w-20 rounded-md border border-stone-300 px-3 py-1.5 text-center text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
            >
              {session ? t("account") : t("signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
