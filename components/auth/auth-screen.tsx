import { useTranslations } from "next-intl";

import { AuthForm } from "@/components/auth/auth-form";
import { ClientMessages } from "@/components/client-messages";
import { ScreenHeader } from "@/components/screen-header";

/** The sign-in and sign-up screens: the same layout, with texts and form for the mode. `mail`: this site sends email. */
export function AuthScreen({ mode, mail }: { mode: "signIn" | "signUp"; mail: boolean }) {
  const t = useTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <ScreenHeader title={t(`${mode}Title`)} lead={t(`${mode}Lead`)} />
      <ClientMessages part="auth">
        <AuthForm mode={mode} mail={mail} />
      </ClientMessages>
    </div>
  );
}
