"use client";

/**
 * Reads dropped export files for the import screen in a module Web Worker
 * (lib/import/export.worker.ts), so a 5,000-row LinkedIn export or a 300 MB
 * archive never blocks the page. The Files are posted as they are (structured
 * clone: the worker slices them by random access). Where Worker is missing or
 * the worker cannot start, the same parser runs on the main thread, loaded
 * only then.
 */
import { useEffect, useRef } from "react";

import { readState } from "@/lib/client/kindly-store";
import { parseSavedProfile } from "@/lib/client/saved-profile";
import type { ProfileInput, Verdict } from "@/lib/engine";
import { ZExportWorkerEnvelope, type ExportWorkerReply, type ExportWorkerRequestInput } from "@/lib/import/export-worker-messages";
import { ZPendingRequest, type ImportResult, type PendingRequest } from "@/lib/import/schemas";

export interface ReadExport extends ImportResult {
  /** Each request's verdict, when a profile was given. */
  verdicts?: Verdict[];
}

/** The browser could not read a dropped file (moved, deleted, no permission). */
export class ExportUnreadableError extends Error {
  constructor() {
    super("The dropped file could not be read.");
  }
}

async function readOnMainThread(files: readonly File[], profile?: ProfileInput): Promise<ReadExport> {
  const [{ parseExportBlobs }, { decideImported }, { ZProfile }] = await Promise.all([
    import("@/lib/import/zip-blob"),
    import("@/lib/import/decide-imported"),
    import("@/lib/engine"),
  ]);
  const result = await parseExportBlobs(files.map((file) => ({ name: file.name, blob: file })));
  return profile ? { ...result, verdicts: decideImported(ZProfile.parse(profile), result.requests) } : result;
}

/**
 * The policy imported requests are decided with: the one saved in this
 * browser, or the questionnaire's defaults when none is saved yet.
 */
export function policyForImport(): ProfileInput {
  let raw: unknown = null;
  try {
    raw = readState()?.profile ?? null;
  } catch {
    raw = null;
  }
  return parseSavedProfile(raw) ?? {};
}

/** Requests checked per task: a few milliseconds each, so checking thousands never blocks the page. */
const CHECK_CHUNK = 200;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The worker's answer, checked with zod: the envelope at once, the requests
 * in chunks with a yield to the page between them.
 */
async function checkReply(data: unknown): Promise<ExportWorkerReply | null> {
  const envelope = ZExportWorkerEnvelope.safeParse(data);
  if (!envelope.success) return null;
  if (!envelope.data.ok) return envelope.data;
  const { requests, problems } = envelope.data.result;
  const checked: PendingRequest[] = [];
  for (let start = 0; start < requests.length; start += CHECK_CHUNK) {
    if (start > 0) await nextTask();
    const chunk = ZPendingRequest.array().safeParse(requests.slice(start, start + CHECK_CHUNK));
    if (!chunk.success) return null;
    checked.push(...chunk.data);
  }
  const verdicts = envelope.data.verdicts;
  if (verdicts && verdicts.length !== checked.length) return null;
  return { id: envelope.data.id, ok: true, result: { requests: checked, problems }, ...(verdicts ? { verdicts } : {}) };
}

class ReaderClosedError extends Error {
  constructor() {
    super("The import screen was closed.");
  }
}

type Pending = { resolve: (reply: ExportWorkerReply) => void; reject: (error: unknown) => void };

export class ExportReader {
  private worker: Worker | null = null;
  private broken = typeof Worker === "undefined";
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  /** Starts the worker ahead of the first drop, so its code is fetched and compiled while the person picks files. */
  warm(): void {
    this.start();
  }

  private start(): Worker | null {
    if (this.worker || this.broken) return this.worker;
    try {
      const worker = new Worker(new URL("../../lib/import/export.worker.ts", import.meta.url), { type: "module", name: "kindly-import" });
      worker.onmessage = (event: MessageEvent<unknown>) => {
        // Marks for DevTools and scripts/bench-import.ts: when the answer arrived, and when it was checked.
        performance.mark("kindly-import:reply");
        void checkReply(event.data).then((reply) => {
          performance.mark("kindly-import:checked");
          if (!reply) return;
          const waiting = this.pending.get(reply.id);
          this.pending.delete(reply.id);
          waiting?.resolve(reply);
        });
      };
      // The worker's script failed to load or crashed: everything waiting, and what comes later, reads on the main thread.
      worker.onerror = (event) => {
        event.preventDefault();
        this.fail(new Error("import worker failed"));
      };
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private fail(error: unknown): void {
    this.broken = true;
    this.worker?.terminate();
    this.worker = null;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  async read(files: readonly File[], profile?: ProfileInput): Promise<ReadExport> {
    const worker = this.start();
    if (!worker) return readOnMainThread(files, profile);
    const id = this.nextId++;
    let reply: ExportWorkerReply;
    try {
      reply = await new Promise<ExportWorkerReply>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        const message: ExportWorkerRequestInput = { id, files: [...files], ...(profile ? { profile } : {}) };
        worker.postMessage(message);
      });
    } catch (error) {
      // The screen was left while reading: nothing to read for.
      if (error instanceof ReaderClosedError) throw error;
      return readOnMainThread(files, profile);
    }
    if (!reply.ok) throw new ExportUnreadableError();
    return reply.verdicts ? { ...reply.result, verdicts: reply.verdicts } : reply.result;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const waiting of this.pending.values()) waiting.reject(new ReaderClosedError());
    this.pending.clear();
  }
}

/** One reader per screen: its worker starts once the screen is up and ends when the person leaves it. */
export function useExportReader(): { read: ExportReader["read"] } {
  const reader = useRef<ExportReader | null>(null);
  useEffect(() => {
    const current = new ExportReader();
    reader.current = current;
    current.warm();
    return () => {
      current.dispose();
      if (reader.current === current) reader.current = null;
    };
  }, []);
  return {
    read: (files, profile) => {
      reader.current ??= new ExportReader();
      return reader.current.read(files, profile);
    },
  };
}
