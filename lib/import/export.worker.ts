/**
 * The import screen's reader, off the main thread: the dropped Files arrive
 * by structured clone (the bytes are not copied), are read by random access
 * (`parseExportBlobs`: only a ZIP's directory and relevant entries are
 * sliced) and, when a profile comes with them, every request found is
 * decided here too. Started only by components/import/read-export.ts, so
 * this code loads on the import screen alone.
 */
import { ZProfile } from "@/lib/engine";

import { decideImported } from "./decide-imported";
import { ZExportWorkerRequest, type ExportWorkerReply, type ExportWorkerRequest } from "./export-worker-messages";
import { parseExportBlobs } from "./zip-blob";

async function answer(message: ExportWorkerRequest): Promise<ExportWorkerReply> {
  const result = await parseExportBlobs(message.files.map((file) => ({ name: file.name, blob: file })));
  if (!message.profile) return { id: message.id, ok: true, result };
  return { id: message.id, ok: true, result, verdicts: decideImported(message.profile, result.requests) };
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = ZExportWorkerRequest.safeParse(event.data);
  if (!parsed.success) {
    const id = (event.data as { id?: unknown } | null)?.id;
    if (typeof id === "number") self.postMessage({ id, ok: false } satisfies ExportWorkerReply);
    return;
  }
  answer(parsed.data).then(
    (reply) => self.postMessage(reply),
    // A File the browser can no longer read (moved, deleted, no permission): the parser itself never throws.
    () => self.postMessage({ id: parsed.data.id, ok: false } satisfies ExportWorkerReply),
  );
};

/**
 * A tiny export read once when the worker starts, before any drop: the
 * parser's and the engine's functions are compiled then, not while the
 * person waits for their list.
 */
async function warmUp(): Promise<void> {
  const invitations = [
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
    'Kari Eksempel,Aino,"1/14/26, 11:49 PM","Hei, olin luennollasi",INCOMING,https://www.linkedin.com/in/kari-eksempel,https://www.linkedin.com/in/aino',
    'Aino,Ola Nordmann,"1/15/26, 9:02 AM",,OUTGOING,https://www.linkedin.com/in/aino,https://www.linkedin.com/in/ola',
  ].join("\n");
  const connections = [
    "Notes:",
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "Ola,Nordmann,https://www.linkedin.com/in/ola,,,,06 Feb 2026",
  ].join("\n");
  const result = await parseExportBlobs([
    { name: "Invitations.csv", blob: new Blob([invitations]) },
    { name: "Connections.csv", blob: new Blob([connections]) },
  ]);
  decideImported(ZProfile.parse({}), result.requests);
}

setTimeout(() => void warmUp().catch(() => undefined), 0);
