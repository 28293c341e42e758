import { useState } from "react";

import type { Decision, Tone } from "@/lib/engine";

// The reply the person will send: one of the decision's templates (the first tone is the recommended one),
// edited as they like. Copy copies exactly what is in the box. An edit stays with the template it was
// made on; when the advice changes underneath, the new suggestion shows and the edit is not carried over.

export type CopyStatus = "idle" | "copied" | "failed";

export function useReply(decision: Decision | null) {
  const [tone, setTone] = useState<Tone | null>(null);
  const [edit, setEdit] = useState<{ source: string; text: string } | null>(null);
  const [copyStatus, setCopyStatus] = useState<{ status: CopyStatus; text: string }>({ status: "idle", text: "" });

  const templates = decision?.templates ?? [];
  const tones = [...new Set(templates.map((tpl) => tpl.tone))];
  const activeTone = tone && tones.includes(tone) ? tone : (tones[0] ?? null);
  const template = templates.find((tpl) => tpl.tone === activeTone) ?? null;
  const text = template && edit?.source === template.text ? edit.text : (template?.text ?? "");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyStatus({ status: "copied", text });
    } catch {
      setCopyStatus({ status: "failed", text });
    }
  };

  return {
    tones,
    activeTone,
    setTone,
    template,
    text,
    edited: template !== null && text !== template.text,
    setText: (value: string) => template && setEdit({ source: template.text, text: value }),
    restore: () => setEdit(null),
    copy,
    // A notice belongs to the text it was about: once the box changes, it goes.
    copyStatus: copyStatus.text === text ? copyStatus.status : "idle",
  };
}

export type Reply = ReturnType<typeof useReply>;
