import { describe, expect, it } from "vitest";

import { decideVerdict, ZProfile } from "@/lib/engine";

import { decideImported, defaultSituation } from "./decide-imported";
import { ZExportWorkerEnvelope, ZExportWorkerReply, ZExportWorkerRequest } from "./export-worker-messages";
import { parseExport } from "./parse-export";
import { CONNECTIONS_2026, file, INVITATIONS_2026 } from "./test-files";

const files = [file("Invitations.csv", INVITATIONS_2026), file("Connections.csv", CONNECTIONS_2026)];

describe("the import worker's messages", () => {
  it("take dropped Files and an optional profile, and nothing else", () => {
    const dropped = new File([INVITATIONS_2026], "Invitations.csv");
    expect(ZExportWorkerRequest.safeParse({ id: 1, files: [dropped] }).success).toBe(true);
    expect(ZExportWorkerRequest.safeParse({ id: 1, files: [dropped], profile: {} }).success).toBe(true);
    expect(ZExportWorkerRequest.safeParse({ id: 1, files: [{ name: "Invitations.csv", size: 3 }] }).success).toBe(false);
    expect(ZExportWorkerRequest.safeParse({ id: -1, files: [] }).success).toBe(false);
    expect(ZExportWorkerRequest.safeParse({ id: 1, files: [], profile: { platforms: { myspace: {} } } }).success).toBe(false);
  });

  it("answer what parseExport found, with a verdict per request", () => {
    const result = parseExport(files);
    const verdicts = decideImported(ZProfile.parse({}), result.requests);
    const reply = { id: 3, ok: true, result, verdicts };
    expect(ZExportWorkerReply.parse(reply)).toEqual(reply);
    expect(ZExportWorkerEnvelope.safeParse(reply).success).toBe(true);
    expect(ZExportWorkerReply.safeParse({ ...reply, verdicts: ["maybe"] }).success).toBe(false);
    expect(ZExportWorkerReply.safeParse({ id: 3, ok: false }).success).toBe(true);
  });
});

describe("decideImported", () => {
  it("decides each request as the export tells it: a stranger, with a note when there was one", () => {
    const profile = ZProfile.parse({ platforms: { linkedin: { persona: "professional" } } });
    const { requests } = parseExport(files);
    expect(requests.length).toBe(2);
    const verdicts = decideImported(profile, requests);
    expect(verdicts).toEqual(requests.map((request) => decideVerdict(profile, defaultSituation(request)).verdict));
    const withNote = requests.find((request) => request.message)!;
    expect(defaultSituation(withNote)).toMatchObject({ platform: "linkedin", relationship: "stranger", note: true });
  });
});
