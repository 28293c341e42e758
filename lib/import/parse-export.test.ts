import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseExport } from "./parse-export";
import { PROBLEM_CODES, ZImportResult, type ImportFile, type ProblemCode } from "./schemas";
import { CONNECTIONS_2026, CONNECTIONS_PREAMBLE, INVITATIONS_2026, bytesFile, file, metaEscape, metaJson, zip } from "./test-files";

const FIXTURES = path.join(import.meta.dirname, "../../tests/fixtures/import");

function parse(...files: ImportFile[]) {
  const result = parseExport(files);
  // Every result honours the exported schema.
  expect(ZImportResult.parse(result)).toEqual(result);
  return result;
}

function codes(result: ReturnType<typeof parseExport>): ProblemCode[] {
  return result.problems.map((p) => p.code);
}

describe("LinkedIn", () => {
  it("lists incoming invitations whose sender is not a connection, joined on the normalised URL", () => {
    const result = parse(file("Invitations.csv", INVITATIONS_2026), file("Connections.csv", CONNECTIONS_2026));
    expect(result.problems).toEqual([]);
    expect(result.requests).toEqual([
      {
        platform: "linkedin",
        name: "Maija Mallikas 🌸",
        handle: "maija-mallikas-fake",
        profileUrl: "https://www.linkedin.com/in/maija-mallikas-fake",
        sentAt: "2026-01-14T23:49:00Z",
        message: 'Hei Eeva! Saanko liittyä verkostoosi? Esitys "Rajat verkossa" oli hyvä.',
        status: "not_connected",
        source: "Invitations.csv",
      },
      {
        platform: "linkedin",
        name: "Kari Eksempel, MBA, Fake Group",
        handle: "kari-eksempel-mba",
        profileUrl: "https://www.linkedin.com/in/kari-eksempel-mba",
        sentAt: "2025-12-29T18:51:00Z",
        message: "Hiring - open to a chat?",
        status: "not_connected",
        source: "Invitations.csv",
      },
    ]);
  });

  it("never lists outgoing invitations", () => {
    const result = parse(file("Invitations.csv", INVITATIONS_2026), file("Connections.csv", CONNECTIONS_2026));
    expect(result.requests.map((r) => r.name)).not.toContain("Eeva Esimerkki");
  });

  it("without Connections.csv lists every incoming invitation as unverified and says what that means", () => {
    const result = parse(file("Invitations.csv", INVITATIONS_2026));
    expect(result.requests).toHaveLength(3);
    expect(result.requests.every((r) => r.status === "unverified")).toBe(true);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: "linkedin_without_connections", file: "Invitations.csv", params: expect.objectContaining({ count: 3 }) }),
    ]);
    expect(result.problems[0]!.message).toContain("Connections.csv");
  });

  it("reads the 2018 format (no URL columns, no preamble) by name", () => {
    const invitations = [
      "From,To,Sent At,Message,Direction",
      'Testi Testinen,Eeva E,"1/8/18, 6:14 PM",,INCOMING',
      'Liisa Jäämeri,Eeva E,"1/9/18, 9:01 AM",Hei!,INCOMING',
    ].join("\r\n");
    const connections = [
      "First Name,Last Name,Email Address,Company,Position,Connected On",
      'Testi,Testinen,urn:li:member:000000001,Oy,CEO,"1/8/18, 6:14 PM"',
    ].join("\r\n");
    const result = parse(file("Invitations.csv", invitations), file("Connections.csv", connections));
    expect(result.requests.map((r) => [r.name, r.sentAt, r.message])).toEqual([["Liisa Jäämeri", "2018-01-09T09:01:00Z", "Hei!"]]);
    expect(result.requests[0]).not.toHaveProperty("profileUrl");
  });

  it("falls back to the name where the URL is only the bare prefix (2023)", () => {
    const invitations = [
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
      'Testi Testinen,Eeva E,"3/1/23, 10:00 AM",,INCOMING,https://www.linkedin.com/in,https://www.linkedin.com/in',
      'Ola Nordmann,Eeva E,"3/2/23, 10:00 AM",,INCOMING,https://www.linkedin.com/in,https://www.linkedin.com/in',
    ].join("\n");
    const connections =
      CONNECTIONS_PREAMBLE +
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nTesti,Testinen,https://www.linkedin.com/in/testi-t,,,,01 Mar 2023\n";
    const result = parse(file("Invitations.csv", invitations), file("Connections.csv", connections));
    expect(result.requests.map((r) => r.name)).toEqual(["Ola Nordmann"]);
    expect(result.requests[0]).not.toHaveProperty("profileUrl");
  });

  it("tells a namesake from the sender when both have URLs", () => {
    const invitations =
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nTesti Testinen,E,"3/1/26, 10:00 AM",,INCOMING,https://www.linkedin.com/in/testi-2,x\n';
    const connections =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nTesti,Testinen,https://www.linkedin.com/in/testi-1,,,,01 Mar 2023\n";
    expect(parse(file("Invitations.csv", invitations), file("Connections.csv", connections)).requests).toHaveLength(1);
  });

  it("tolerates an Excel re-save: BOM, semicolons, CRLF, no preamble, Windows-1252, other dates", () => {
    const invitations =
      '\uFEFFFrom;To;Sent At;Message;Direction;inviterProfileUrl;inviteeProfileUrl\r\nSölvi Åkerblom;Eeva;14.1.2026 23.49;"Moi;\r\nnähdään!";INCOMING;https://www.linkedin.com/in/solvi;x\r\n';
    const connections =
      "First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\nKari;Eksempel;https://www.linkedin.com/in/kari;;;;6-Feb-26\r\n";
    // Excel's plain "CSV" saves Windows-1252: ö = 0xF6, Å = 0xC5, ä = 0xE4.
    const cp1252 = Uint8Array.from([...invitations.slice(1)].map((c) => ({ ö: 0xf6, Å: 0xc5, ä: 0xe4 })[c] ?? c.charCodeAt(0)));
    for (const bytes of [new TextEncoder().encode(invitations), cp1252]) {
      const result = parse(bytesFile("Invitations.csv", bytes), file("connections.CSV", connections));
      expect(result.requests).toEqual([expect.objectContaining({ name: "Sölvi Åkerblom", sentAt: "2026-01-14T23:49:00Z", message: "Moi;\r\nnähdään!" })]);
    }
  });

  it("reads a UTF-16 Unicode-text re-save with tabs", () => {
    const text = "From\tTo\tSent At\tMessage\tDirection\r\nÅse Prøve\tEeva\t1/28/26, 5:54 PM\t\tINCOMING\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect(parse(bytesFile("Invitations.txt", bytes)).requests.map((r) => r.name)).toEqual(["Åse Prøve"]);
  });

  it("says when every sender is already connected, and when nobody invited", () => {
    const invitations =
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nÅse,E,"1/1/26, 1:00 PM",,INCOMING,https://www.linkedin.com/in/%C3%A5se,x\n';
    const connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nÅse,,https://www.linkedin.com/in/åse/,,,,01 Jan 2026\n";
    expect(codes(parse(file("Invitations.csv", invitations), file("Connections.csv", connections)))).toEqual(["linkedin_all_connected"]);
    const outgoingOnly = 'From,To,Sent At,Message,Direction\nEeva,Kari,"1/1/26, 1:00 PM",,OUTGOING\n';
    expect(codes(parse(file("Invitations.csv", outgoingOnly)))).toEqual(["empty_list"]);
  });

  it("asks for Invitations.csv when only Connections.csv is given", () => {
    expect(codes(parse(file("Connections.csv", CONNECTIONS_2026)))).toEqual(["linkedin_connections_only"]);
  });
});

describe("Facebook", () => {
  const received = [
    { name: "Maija Mallikas-Äärelä", timestamp: 1772732145 },
    { name: "Åse Prøve 🌸", timestamp: 1771953340 },
  ];
  const expected = [
    { platform: "facebook", name: "Maija Mallikas-Äärelä", sentAt: "2026-03-05T17:35:45Z", status: "pending" },
    { platform: "facebook", name: "Åse Prøve 🌸", sentAt: "2026-02-24T17:15:40Z", status: "pending" },
  ];

  it.each([
    ["2023+", "connections/friends/received_friend_requests.json", "received_requests_v2"],
    ["2020–22", "friends_and_followers/friend_requests_received.json", "received_requests_v2"],
    ["≤ 2020", "friends/received_friend_requests.json", "received_requests"],
  ])("reads the %s layout with names repaired", (_, name, key) => {
    const result = parse(metaJson(name, { [key]: received }));
    expect(result.problems).toEqual([]);
    expect(result.requests).toEqual(expected.map((r) => ({ ...r, source: name })));
  });

  it("reads it inside a wrapper folder, with backslashes and a BOM", () => {
    const json = metaJson("x", { received_requests_v2: received });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...json.bytes]);
    const archive = zip({
      "facebook-eeva-2026-03-06-AbCd\\connections\\friends\\received_friend_requests.json": withBom,
      "__MACOSX/facebook-eeva/._received_friend_requests.json": "\u0000\u0005junk",
    });
    const result = parse(bytesFile("facebook-eeva-2026-03-06-AbCd.zip", archive));
    expect(result.problems).toEqual([]);
    expect(result.requests.map((r) => r.name)).toEqual(["Maija Mallikas-Äärelä", "Åse Prøve 🌸"]);
  });

  it("says an empty list is empty", () => {
    expect(codes(parse(metaJson("received_friend_requests.json", { received_requests_v2: [] })))).toEqual(["empty_list"]);
  });

  it.each([
    ["sent_friend_requests.json", { sent_requests_v2: received }, "outgoing_list"],
    ["friend_requests_sent.json", { sent_requests: received }, "outgoing_list"],
    ["your_friends.json", { friends_v2: received }, "not_request_list"],
    ["rejected_friend_requests.json", { rejected_requests_v2: received }, "not_request_list"],
    ["people_who_followed_you.json", { followers_v3: [{ name: "X" }] }, "not_request_list"],
  ])("does not read %s as requests", (name, value, code) => {
    const result = parse(metaJson(name, value));
    expect(result.requests).toEqual([]);
    expect(codes(result)).toEqual([code]);
    expect(result.problems[0]!.message).toContain("received_friend_requests.json");
  });

  it("answers the HTML export with how to request JSON", () => {
    const html =
      '<html><head><title>Received friend requests</title></head><body><div class="_a6-g"><div class="_2ph_ _a6-h _a6-i">Maija Mallikas</div><div class="_a72d">Jun 02, 2022 6:51:31am</div></div></body></html>';
    const result = parse(file("connections/friends/received_friend_requests.html", html));
    expect(result.requests).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ code: "html_export", params: expect.objectContaining({ platform: "Facebook" }) })]);
    expect(result.problems[0]!.message).toMatch(/JSON/);
  });
});

describe("Instagram", () => {
  const DIR = "connections/followers_and_following/";

  it("reads Form 1 (string_list_data)", () => {
    const value = {
      relationships_follow_requests_received: [
        {
          title: "",
          media_list_data: [],
          string_list_data: [{ href: "https://www.instagram.com/maija_mallikas", value: "maija_mallikas", timestamp: 1746907928 }],
        },
      ],
    };
    expect(parse(metaJson(`${DIR}follow_requests_you've_received.json`, value)).requests).toEqual([
      {
        platform: "instagram",
        name: "maija_mallikas",
        handle: "maija_mallikas",
        profileUrl: "https://www.instagram.com/maija_mallikas",
        sentAt: "2025-05-10T20:12:08Z",
        status: "pending",
        source: `${DIR}follow_requests_you've_received.json`,
      },
    ]);
  });

  it("reads Form 2 (handle in title, deep link, no value)", () => {
    const value = {
      relationships_follow_requests_received: [
        { title: "aase.prove", string_list_data: [{ href: "https://www.instagram.com/_u/aase.prove", timestamp: 1767225600 }] },
      ],
    };
    expect(parse(metaJson("follow_requests_you’ve_received.json", value)).requests).toEqual([
      expect.objectContaining({ name: "aase.prove", handle: "aase.prove", profileUrl: "https://www.instagram.com/aase.prove", sentAt: "2026-01-01T00:00:00Z" }),
    ]);
  });

  it("reads Form 3 (label_values, localised and escaped labels), as an array and as a lone object", () => {
    const entry = (name: string, handle: string) => ({
      timestamp: 1767225600,
      media: [],
      label_values: [
        { label: "URL", value: "" },
        { label: "Nome", value: name },
        { label: "Nome de usuário", value: handle },
      ],
      fbid: "17800000000000000",
    });
    const list = parse(metaJson("follow_requests_youve_received.json", [entry("Åse Prøve 🌸", "aase.prove"), entry("Sölvi Hyvönen", "solvi.h")]));
    expect(list.requests.map((r) => [r.name, r.handle, r.sentAt])).toEqual([
      ["Åse Prøve 🌸", "aase.prove", "2026-01-01T00:00:00Z"],
      ["Sölvi Hyvönen", "solvi.h", "2026-01-01T00:00:00Z"],
    ]);
    const lone = parse(metaJson("follow_requests_you've_received.json", entry("Kari Eksempel", "kari.e")));
    expect(lone.requests.map((r) => r.name)).toEqual(["Kari Eksempel"]);
    const keyed = parse(metaJson("follow_requests_you've_received.json", { relationships_follow_requests_received: [entry("Ola Nordmann", "ola.n")] }));
    expect(keyed.requests.map((r) => r.handle)).toEqual(["ola.n"]);
  });

  it("finds the handle in the URL when nothing else has it", () => {
    const value = { relationships_follow_requests_received: [{ title: "", string_list_data: [{ href: "https://www.instagram.com/only.url", timestamp: 1 }] }] };
    expect(parse(metaJson("follow_requests_you've_received.json", value)).requests[0]).toMatchObject({ name: "only.url", handle: "only.url" });
  });

  it.each([
    ["pending_follow_requests.json", { relationships_follow_requests_sent: [{ string_list_data: [{ value: "a", href: "", timestamp: 1 }] }] }],
    ["recent_follow_requests.json", { relationships_permanent_follow_requests: [{ string_list_data: [{ value: "a", href: "", timestamp: 1 }] }] }],
    ["pending_follow_requests.json", [{ timestamp: 1, label_values: [{ label: "Username", value: "a" }] }]],
    ["recent_follow_requests.json", { timestamp: 1, label_values: [{ label: "Username", value: "a" }] }],
  ])("never reads the outgoing %s as incoming", (name, value) => {
    const result = parse(metaJson(`${DIR}${name}`, value));
    expect(result.requests).toEqual([]);
    expect(codes(result)).toEqual(["outgoing_list"]);
  });

  it("does not read a received file name with an outgoing root key as incoming", () => {
    const result = parse(metaJson("follow_requests_you've_received.json", { relationships_follow_requests_sent: [{ string_list_data: [{ value: "a" }] }] }));
    expect(result.requests).toEqual([]);
    expect(codes(result)).toEqual(["outgoing_list"]);
  });

  it("skips followers and the other lists", () => {
    expect(codes(parse(metaJson("followers_1.json", [{ string_list_data: [{ value: "a" }] }])))).toEqual(["not_request_list"]);
    expect(codes(parse(metaJson("following.json", { relationships_following: [] })))).toEqual(["not_request_list"]);
  });

  it("says an empty list is empty, and an HTML export is HTML", () => {
    expect(codes(parse(metaJson("follow_requests_you've_received.json", { relationships_follow_requests_received: [] })))).toEqual(["empty_list"]);
    expect(codes(parse(file("follow_requests_you've_received.html", "<html><body>x</body></html>")))).toEqual(["html_export"]);
  });
});

describe("archives", () => {
  const facebook = metaJson("x", { received_requests_v2: [{ name: "Testi Testinen", timestamp: 1772650713 }] }).bytes;

  it("reads a whole export with unrelated and large entries, and inflates only the relevant ones", () => {
    const archive = zip({
      "Invitations.csv": INVITATIONS_2026,
      "Connections.csv": CONNECTIONS_2026,
      "messages.csv": "CONVERSATION ID,FROM\n1,x\n",
      "Rich_Media.csv": "x".repeat(200_000),
      "Jobs/Job Applications.csv": "a,b\n",
    });
    const result = parse(bytesFile("Basic_LinkedInDataExport_04-18-2026.zip", archive));
    expect(result.problems).toEqual([]);
    expect(result.requests.map((r) => [r.name, r.source])).toEqual([
      ["Maija Mallikas 🌸", "Basic_LinkedInDataExport_04-18-2026.zip › Invitations.csv"],
      ["Kari Eksempel, MBA, Fake Group", "Basic_LinkedInDataExport_04-18-2026.zip › Invitations.csv"],
    ]);
  });

  it("reads several archives and single files together, listing a request once", () => {
    const single = bytesFile("received_friend_requests.json", facebook);
    const result = parse(bytesFile("facebook.zip", zip({ "connections/friends/received_friend_requests.json": facebook })), single);
    expect(result.requests).toHaveLength(1);
  });

  it("reads a ZIP64 archive", () => {
    const result = parse(bytesFile("zip64.zip", new Uint8Array(readFileSync(path.join(FIXTURES, "zip64.zip")))));
    expect(result.problems).toEqual([]);
    expect(result.requests.map((r) => r.name)).toEqual(["Maija Mallikas 🌸", "Fake Recruiter, PhD"]);
  });

  it("says a password-protected archive cannot be opened, and how to go on", () => {
    const result = parse(bytesFile("encrypted.zip", new Uint8Array(readFileSync(path.join(FIXTURES, "encrypted.zip")))));
    expect(result.requests).toEqual([]);
    expect(codes(result)).toEqual(["zip_encrypted"]);
    expect(result.problems[0]).toMatchObject({ file: "encrypted.zip", severity: "error" });
    expect(result.problems[0]!.message).toMatch(/password/);
  });

  it("says a truncated archive is incomplete", () => {
    const archive = zip({ "connections/friends/received_friend_requests.json": facebook, "big.bin": new Uint8Array(50_000).map((_, i) => (i * 7919) % 251) });
    for (const cut of [archive.length - 10, Math.floor(archive.length / 2), 100]) {
      expect(codes(parse(bytesFile("facebook.zip", archive.subarray(0, cut))))).toEqual(["zip_truncated"]);
    }
  });

  it("says a file named .zip that is none is unreadable", () => {
    expect(codes(parse(file("export.zip", "hello, not a zip")))).toEqual(["zip_unreadable"]);
  });

  it("says when an archive holds nothing to import, and recognises X's archive", () => {
    expect(codes(parse(bytesFile("photos.zip", zip({ "a.jpg": "x" }))))).toEqual(["no_export_in_archive"]);
    const x = zip({
      "twitter-2026/data/follower.js": "window.YTD.follower.part0 = []",
      "twitter-2026/data/manifest.js": "window.__THAR_CONFIG = {}",
      "twitter-2026/Your archive.html": "<html></html>",
    });
    const result = parse(bytesFile("twitter-2026-02-24-abc.zip", x));
    expect(codes(result)).toEqual(["x_no_pending_requests"]);
    expect(result.problems[0]!.message).toMatch(/paste/i);
  });

  it("says an entry too large to read is too large, without reading it", () => {
    // A stored entry whose directory claims 100 MB: the size comes from the central directory.
    const archive = zip({ "received_friend_requests.json": facebook });
    const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
    const central = archive.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 100 * 1024 * 1024, true);
    const result = parse(bytesFile("facebook.zip", archive));
    expect(codes(result)).toEqual(["too_large"]);
    expect(result.problems[0]!.params).toMatchObject({ limit: 64 });
  });
});

describe("single files that are not exports", () => {
  it.each([
    ["notes.txt", "just some notes"],
    ["photo.csv", "a,b,c\n1,2,3\n"],
    ["data.json", '{"hello": "world"}'],
    ["index.html", "<html></html>"],
  ])("%s is not an export file", (name, text) => {
    const result = parse(file(name, text));
    expect(result.requests).toEqual([]);
    expect(codes(result)).toEqual(["not_export_file"]);
    expect(result.problems[0]!.message).toContain(name);
  });

  it("says a damaged received list is unreadable", () => {
    expect(codes(parse(file("received_friend_requests.json", '{"received_requests_v2": [{"name": "Testi"')))).toEqual(["unreadable_file"]);
  });

  it("says a too-large file is too large", () => {
    expect(codes(parse(bytesFile("Invitations.csv", new Uint8Array(64 * 1024 * 1024 + 1))))).toEqual(["too_large"]);
  });

  it("says X's data files have no requests", () => {
    expect(codes(parse(file("follower.js", 'window.YTD.follower.part0 = [ {\n  "follower" : {\n    "accountId" : "1000000002"\n  }\n} ]')))).toEqual([
      "x_no_pending_requests",
    ]);
  });

  it("never throws on odd input", () => {
    const odd = [
      { name: "", bytes: new Uint8Array() },
      { name: "a.zip", bytes: new Uint8Array([0x50, 0x4b, 3, 4]) },
      { name: "b", bytes: "nope" as unknown as Uint8Array },
    ];
    expect(() => parseExport(odd)).not.toThrow();
    expect(parseExport(odd).problems.length).toBe(3);
  });
});

describe("problems", () => {
  it("every problem names its file and carries plain English", () => {
    // A run that triggers many problems at once.
    const result = parse(file("notes.txt", "x"), metaJson("sent_friend_requests.json", { sent_requests_v2: [] }), file("export.zip", "x"));
    for (const p of result.problems) {
      expect(p.message).toContain(p.file);
      expect(p.message).not.toMatch(/\{\w+\}/);
      expect(PROBLEM_CODES).toContain(p.code);
    }
  });

  it("the escapes in test fixtures are Meta's", () => {
    expect(metaEscape("Mäkinen")).toBe("M\\u00c3\\u00a4kinen");
  });
});
