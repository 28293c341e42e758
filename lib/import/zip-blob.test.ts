import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseExport } from "./parse-export";
import { INVITATIONS_2026, CONNECTIONS_2026, metaJson, zip } from "./test-files";
import { parseExportBlobs, type BlobLike } from "./zip-blob";

/** A Blob that counts the bytes read through it. */
function countingBlob(bytes: Uint8Array): BlobLike & { read: number } {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const counted = {
    size: blob.size,
    read: 0,
    slice(start: number, end: number) {
      counted.read += Math.max(0, Math.min(end, blob.size) - start);
      return blob.slice(start, end);
    },
  };
  return counted;
}

/** Bytes that do not compress, so the archive really is as large as its entries. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe("parseExportBlobs (random access)", () => {
  it("reads only the end record, the directory and the relevant entries of a large archive", async () => {
    const facebook = metaJson("x", { received_requests_v2: [{ name: "Åse Prøve 🌸", timestamp: 1771953340 }] }).bytes;
    const archive = zip({
      "facebook-eeva/your_activity_across_facebook/posts/media/video.mp4": noise(4_000_000),
      "facebook-eeva/connections/friends/received_friend_requests.json": facebook,
      "facebook-eeva/connections/friends/your_friends.json": "{}",
      "facebook-eeva/messages/inbox/big.json": noise(2_000_000),
    });
    const blob = countingBlob(archive);
    const result = await parseExportBlobs([{ name: "facebook-eeva.zip", blob }]);
    expect(result.problems).toEqual([]);
    expect(result.requests.map((r) => r.name)).toEqual(["Åse Prøve 🌸"]);
    expect(archive.length).toBeGreaterThan(6_000_000);
    expect(blob.read).toBeLessThan(70_000);
  });

  it("gives the same result as the in-memory path", async () => {
    const archive = zip({ "Export/Invitations.csv": INVITATIONS_2026, "Export/Connections.csv": CONNECTIONS_2026 });
    const fromBlob = await parseExportBlobs([{ name: "linkedin.zip", blob: countingBlob(archive) }]);
    expect(fromBlob).toEqual(parseExport([{ name: "linkedin.zip", bytes: archive }]));
    expect(fromBlob.requests).toHaveLength(2);
  });

  it.each([
    ["zip64.zip", []],
    ["encrypted.zip", ["zip_encrypted"]],
  ])("reads %s like the in-memory path", async (name, codes) => {
    const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/import", name)));
    const result = await parseExportBlobs([{ name, blob: countingBlob(bytes) }]);
    expect(result.problems.map((p) => p.code)).toEqual(codes);
    expect(result).toEqual(parseExport([{ name, bytes }]));
  });

  it("says a truncated archive is incomplete", async () => {
    const archive = zip({ "Invitations.csv": INVITATIONS_2026, "video.mp4": noise(100_000) });
    const result = await parseExportBlobs([{ name: "linkedin.zip", blob: countingBlob(archive.subarray(0, 60_000)) }]);
    expect(result.problems.map((p) => p.code)).toEqual(["zip_truncated"]);
  });

  it("reads single files whole, and refuses too-large ones without reading them", async () => {
    const small = await parseExportBlobs([{ name: "Invitations.csv", blob: countingBlob(new TextEncoder().encode(INVITATIONS_2026)) }]);
    expect(small.requests).toHaveLength(3);
    const huge: BlobLike & { read: number } = {
      size: 500 * 1024 * 1024,
      read: 0,
      slice(start, end) {
        huge.read += end - start;
        return new Blob([new Uint8Array(Math.min(end, 4) - start)]);
      },
    };
    const result = await parseExportBlobs([{ name: "Invitations.csv", blob: huge }]);
    expect(result.problems.map((p) => p.code)).toEqual(["too_large"]);
    expect(huge.read).toBeLessThanOrEqual(4);
  });
});
