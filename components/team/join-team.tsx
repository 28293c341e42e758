"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { joinTeamAction, previewInviteAction } from "@/app/actions/team";
import { forgetTeamBaseline } from "@/lib/client/team-baseline";
import { Link } from "@/lib/i18n/locale-links";

type State =
  | { kind: "loading" }
  | { kind: "ready"; token: string; team: string }
  | { kind: "joined"; team: string }
  | { kind: "refused"; reason: "invalid" | "expired" | "revoked" | "alreadyInTeam" | "tooMany" | "unknown" };

const buttonClass =
  "rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300";

function refusal(result: { code: string; reason?: string }): State {
  if (result.code === "notFound") return { kind: "refused", reason: result.reason === "expired" || result.reason === "revoked" ? result.reason : "invalid" };
  if (result.code === "conflict") return { kind: "refused", reason: "alreadyInTeam" };
  if (result.code === "tooManyRequests") return { kind: "refused", reason: "tooMany" };
  return { kind: "refused", reason: "unknown" };
}

/**
 * Joining by an invite link. The token rides in the address's fragment
 * (`/team/join#<token>`), which the browser never sends to a server: it stays
 * out of access logs and Referer headers until this page posts it.
 */
export function JoinTeam() {
  const t = useTranslations("team.join");
  const [state, setState] = useState<State>({ kind: "loading" });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const token = decodeURIComponent(window.location.hash.replace(/^#/, ""));
    let live = true;
    void previewInviteAction(token).then((result) => {
      if (!live) return;
      setState(result.ok ? { kind: "ready", token, team: result.data.teamName } : refusal(result as { code: string; reason?: string }));
    });
    return () => {
      live = false;
    };
  }, []);

  if (state.kind === "loading") return <div className="min-h-32" aria-busy="true" />;
  if (state.kind === "refused") {
    return (
      <div className="space-y-4">
        <p role="alert" className="font-medium text-red-700 dark:text-red-400">
          {t(state.reason)}
        </p>
        <Link href="/team" className="font-semibold underline">
          {t("toTeam")}
        </Link>
      </div>
    );
  }
  if (state.kind === "joined") {
    return (
      <div className="space-y-4">
        <p role="status" className="font-medium text-emerald-800 dark:text-emerald-300">
          {t("joined", { team: state.team })}
        </p>
        <p className="flex flex-wrap gap-4">
          <Link href="/policy" className="font-semibold underline">
            {t("toPolicy")}
          </Link>
          <Link href="/team" className="font-semibold underline">
            {t("toTeam")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-lg">{t("invited", { team: state.team })}</p>
      <p className="text-stone-700 dark:text-stone-300">{t("text")}</p>
      <button
        type="button"
        disabled={busy}
        className={buttonClass}
        onClick={async () => {
          setBusy(true);
          const result = await joinTeamAction(state.token);
          setBusy(false);
          forgetTeamBaseline();
          setState(result.ok ? { kind: "joined", team: result.data.name } : refusal(result as { code: string; reason?: string }));
        }}
      >
        {t("button", { team: state.team })}
      </button>
    </div>
  );
}
