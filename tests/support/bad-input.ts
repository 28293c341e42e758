import { ERROR_CODES } from "../../lib/errors.ts";

// A generator of malformed inputs ("bad input corpus") and the checks every
// answer to one must pass. Used by tests/integration/bad-input.test.ts.
//
// Three kinds of cases:
// - ValueCase: a JSON-compatible value built from a valid sample by breaking it
//   (wrong types, missing and unknown fields, huge strings and arrays,
//   prototype-pollution keys). Sent as a JSON body, or passed to a server action.
// - RawCase: bytes on the wire that are not a valid JSON document (truncated,
//   comments, NaN, invalid UTF-8, wrong content types, oversized, deeply nested).
// - action-only values that no JSON body can carry (undefined, BigInt, Map,
//   cycles, FormData, Object.create(null)…), for server actions.

export type ValueCase = { label: string; value: unknown };
export type RawCase = {
  label: string;
  body: BodyInit | null;
  /** `null`: send no Content-Type at all. */
  contentType: string | null;
  headers?: Record<string, string>;
};

type Path = string[];

/** A valid sample, the paths that must be present, and invalid strings per leaf ("a.b.c"). */
export type Shape = {
  sample: Record<string, unknown>;
  required: string[];
  badStrings?: Record<string, string[]>;
};

// ---------------------------------------------------------------- building blocks

const enc = new TextEncoder();

export function clone<T>(value: T): T {
  // JSON.parse keeps "__proto__" as an own property, so cloning never touches a prototype.
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Sets an own, enumerable property, even for "__proto__" (plain assignment would set the prototype). */
export function defineOwn(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}

function withAt(root: Record<string, unknown>, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = clone(root);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string, unknown>;
  defineOwn(parent, path.at(-1)!, value);
  return copy;
}

function withoutAt(root: Record<string, unknown>, path: Path): unknown {
  const copy = clone(root);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string, unknown>;
  delete parent[path.at(-1)!];
  return copy;
}

function withExtraKey(root: Record<string, unknown>, path: Path, key: string, value: unknown): unknown {
  const copy = clone(root);
  const node = getAt(copy, path) as Record<string, unknown>;
  defineOwn(node, key, value);
  return copy;
}

type Node = { path: Path; value: unknown };

function walk(value: unknown, path: Path = []): Node[] {
  const nodes: Node[] = [{ path, value }];
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) nodes.push(...walk(child, [...path, key]));
  }
  return nodes;
}

const show = (path: Path) => (path.length ? path.join(".") : "(root)");
const kb = (n: number) => n * 1024;

// ---------------------------------------------------------------- bad values

/** Values of the wrong JSON type for a leaf whose valid value is `sample`. */
export function wrongTypes(sample: unknown): unknown[] {
  const common: unknown[] = [null, [], {}, [sample], { value: sample }];
  switch (typeof sample) {
    case "string":
      return [...common, true, false, 0, 1, -1, 1.5, 1e308, -1e308, [sample, sample]];
    case "boolean":
      return [...common, "true", "false", String(sample), "yes", "on", "", 0, 1, -1, 0.5, "null"];
    case "number":
      return [
        ...common,
        String(sample),
        "",
        "0",
        "NaN",
        "Infinity",
        true,
        false,
        -1,
        -0.5,
        1.5,
        0.1,
        1e308,
        -1e308,
        2 ** 53,
        2 ** 53 + 2,
        2 ** 64,
        1e21,
        5e-324,
        -(2 ** 31),
      ];
    default:
      return common;
  }
}

/** Wrong values for an object node: not an object at all, or an object in string form. */
function wrongObjects(sample: unknown): unknown[] {
  return [null, "", "object", JSON.stringify(sample), 0, 1, -1, true, false, [], [sample], [[]], 1e308];
}

/** Strings that are not one of `values` (case, whitespace, NUL, lists, look-alikes). */
export function badEnum(values: readonly string[]): string[] {
  const first = values[0]!;
  return [
    "",
    " ",
    "unknown",
    "UNKNOWN",
    first.toUpperCase(),
    first[0]!.toUpperCase() + first.slice(1),
    ` ${first}`,
    `${first} `,
    `${first}\u0000`,
    `${first}\n`,
    values.join(","),
    values.join(" "),
    `${first}s`,
    "null",
    "undefined",
    "0",
    "true",
    "*",
    "%",
    "__proto__",
    "constructor",
    "х" + first.slice(1) /* Cyrillic look-alike */,
    first.replace(/_/g, "-"),
    "🎉",
    "a".repeat(5000),
  ].filter((s) => !values.includes(s));
}

/** Invalid one-line texts of at most `max` characters: too long, control characters, huge. */
export function badText(max: number): string[] {
  return [
    "x".repeat(max + 1),
    "é".repeat(max + 1),
    "😀".repeat(max + 1), // counted in code points, not UTF-16 units
    "👩‍👩‍👧‍👦".repeat(max), // ZWJ family emoji
    "a\u0301".repeat(max), // combining accents
    "x".repeat(max * 4 + 1),
    "x".repeat(kb(60)), // inside the 64 kB body limit: a field error
    "😀".repeat(kb(10)), // 40 kB of emoji
    "Aino\u0000",
    "\u0000",
    "Aino\nExample",
    "Aino\r\nExample",
    "Aino\tExample",
    "\u001b[31mred\u001b[0m",
    "Aino\u007f",
    "\u0007bell",
    "\u0008\u0008\u0008",
    "Aino 👋\u0000",
    "\u001f",
    "line one\u000bline two",
  ];
}

/**
 * LinkedIn addresses with control characters: the URL parser would strip tabs
 * and newlines and percent-encode NUL, so the schema refuses them before parsing.
 */
export const CONTROL_CHAR_LINKEDIN_URLS = [
  "https://www.linkedin.com/in/\u0000",
  "https://www.linkedin.com/in/aino\nX-Header: 1",
  "https://www.linkedin.com/in/ai\tno",
];

/** Invalid values for the person's LinkedIn profile address. */
export function badLinkedinUrls(): string[] {
  return [
    ...CONTROL_CHAR_LINKEDIN_URLS,
    "not a url",
    "linkedin.com/in/aino",
    "www.linkedin.com/in/aino",
    "http://www.linkedin.com/in/aino",
    "ftp://www.linkedin.com/in/aino",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://evil.example/in/aino",
    "https://www.linkedin.com.evil.example/in/aino",
    "https://linkedin.com@evil.example/in/aino",
    "https://www.linkedin.com/company/kindly",
    "https://www.linkedin.com/",
    "https://www.linkedin.com/in/",
    "https://" + "a".repeat(300) + ".linkedin.com/in/aino",
    "https://www.linkedin.com/in/" + "a".repeat(kb(60)),
    "//www.linkedin.com/in/aino",
    "https:/www.linkedin.com/in/aino",
    "HTTPS://EVIL.EXAMPLE/in/aino",
    " ",
  ];
}

/** Invalid values for a practice or school page (contract v2): https addresses only, one line, no credentials. */
export function badPracticeUrls(): string[] {
  return [
    "https://www.example.fi/\u0000",
    "https://www.example.fi/terapia\nX-Header: 1",
    "https://www.example.fi/te\trapia",
    "not a url",
    "www.example.fi/terapia",
    "http://www.example.fi/terapia",
    "ftp://www.example.fi/terapia",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://www.example.fi@evil.example/terapia",
    "https://user:secret@www.example.fi/",
    "https://www.example.fi/ terapia",
    "https://localhost/terapia",
    "https://www.example.fi/" + "a".repeat(kb(60)),
    "//www.example.fi/terapia",
    "https:/www.example.fi/terapia",
    "https://www.example.fi/\u202eaiparet",
    " ",
  ];
}

// ---------------------------------------------------------------- value corpus

/** Every way of breaking `shape.sample` as a JSON value. None of the results is valid. */
export function valueCases(shape: Shape): ValueCase[] {
  const { sample } = shape;
  const cases: ValueCase[] = [];
  const add = (label: string, value: unknown) => cases.push({ label, value });

  // The whole body: not an object, or empty.
  for (const value of [null, true, false, 0, -1, 1.5, 1e308, "", "string", JSON.stringify(sample), [], [sample], [[]], [null]]) {
    add(`root is ${preview(value)}`, value);
  }
  add("empty object", {});

  // Missing required fields, one at a time.
  for (const path of shape.required) add(`missing ${path}`, withoutAt(sample, path.split(".")));

  for (const { path, value } of walk(sample)) {
    const isObject = value !== null && typeof value === "object" && !Array.isArray(value);
    if (isObject) {
      if (path.length > 0) for (const bad of wrongObjects(value)) add(`${show(path)} = ${preview(bad)}`, withAt(sample, path, bad));
      // Unknown fields, including prototype-pollution keys, at every level.
      const extras: [string, unknown][] = [
        ["unexpected", 1],
        ["isAdmin", true],
        ["role", "admin"],
        ["", "empty key"],
        ["🎉", "emoji key"],
        ["__proto__", { polluted: "yes" }],
        ["__proto__", null],
        ["__proto__", []],
        ["constructor", { prototype: { polluted: "yes" } }],
        ["prototype", { polluted: "yes" }],
        ["toString", "not a function"],
        ["hasOwnProperty", 1],
        ["__defineGetter__", "x"],
      ];
      for (const [key, extra] of extras)
        add(`${show(path)} has unknown key ${JSON.stringify(key)} = ${preview(extra)}`, withExtraKey(sample, path, key, extra));
      continue;
    }
    if (Array.isArray(value)) {
      for (const bad of [null, "", "a,b", 0, true, {}, { 0: value[0] }, [null], [0], [[]], [{}], ["unknown"], [value[0], value[0]]]) {
        add(`${show(path)} = ${preview(bad)}`, withAt(sample, path, bad));
      }
      add(
        `${show(path)} has 10,000 numbers`,
        withAt(
          sample,
          path,
          Array.from({ length: 10_000 }, () => 0),
        ),
      );
      add(
        `${show(path)} has 10,000 short strings`,
        withAt(
          sample,
          path,
          Array.from({ length: 10_000 }, () => "x"),
        ),
      );
      add(
        `${show(path)} has 10,000 valid items`,
        withAt(
          sample,
          path,
          Array.from({ length: 10_000 }, () => value[0]),
        ),
      );
      add(`${show(path)} has items with __proto__`, withAt(sample, path, [JSON.parse('{"__proto__":{"polluted":"yes"}}')]));
      continue;
    }
    for (const bad of wrongTypes(value)) add(`${show(path)} = ${preview(bad)}`, withAt(sample, path, bad));
    for (const bad of shape.badStrings?.[show(path)] ?? []) add(`${show(path)} = ${preview(bad)}`, withAt(sample, path, bad));
  }
  return dedupe(cases);
}

function dedupe(cases: ValueCase[]): ValueCase[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const key = JSON.stringify(c.value) ?? String(c.value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "bigint" ? `${value}n` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  text = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length} chars)` : text;
}

// ---------------------------------------------------------------- raw corpus

const nested = (depth: number, open: string, close: string, inner = "0") => open.repeat(depth) + inner + close.repeat(depth);

/** Bytes that are not a valid JSON document, or sent the wrong way, built around a valid `sample`. */
export function rawCases(sample: Record<string, unknown>, { textPath }: { textPath: Path }): RawCase[] {
  const json = "application/json";
  const text = JSON.stringify(sample);
  const cases: RawCase[] = [];
  const add = (label: string, body: BodyInit | null, contentType: string | null = json, headers?: Record<string, string>) =>
    cases.push({ label, body, contentType, headers });

  // Truncated documents: cut the valid body at 24 places.
  for (let i = 1; i <= 24; i++) {
    const at = Math.floor((text.length * i) / 25);
    add(`truncated at ${at}/${text.length}`, text.slice(0, at));
  }
  // Not JSON: JavaScript-isms and syntax errors.
  const broken: [string, string][] = [
    ["trailing comma in object", text.replace(/}$/, ",}")],
    ["trailing comma in array", '{"a":[1,2,]}'],
    ["trailing comma after document", `${text},`],
    ["NaN", '{"baseVersion":NaN}'],
    ["Infinity", '{"baseVersion":Infinity}'],
    ["-Infinity", '{"baseVersion":-Infinity}'],
    ["undefined", '{"profile":undefined}'],
    ["line comment", `// comment\n${text}`],
    ["block comment", `/* comment */${text}`],
    ["comment inside", text.replace("{", "{/* x */")],
    ["single quotes", text.replace(/"/g, "'")],
    ["unquoted keys", text.replace(/"([a-zA-Z]+)":/g, "$1:")],
    ["leading zero", '{"baseVersion":01}'],
    ["hex number", '{"baseVersion":0x10}'],
    ["leading dot", '{"baseVersion":.5}'],
    ["plus sign", '{"baseVersion":+1}'],
    ["bad escape", '{"a":"\\x41"}'],
    ["short unicode escape", '{"a":"\\u12"}'],
    ["raw tab in string", '{"a":"a\tb"}'],
    ["raw newline in string", '{"a":"a\nb"}'],
    ["unterminated string", '{"a":"abc}'],
    ["missing colon", '{"a" 1}'],
    ["missing comma", '{"a":1 "b":2}'],
    ["two documents", `${text}${text}`],
    ["two documents spaced", `${text} {}`],
    ["closing brace first", "}{"],
    ["extra closing brace", `${text}}`],
    ["only an opening brace", "{"],
    ["only a bracket", "["],
    ["JSONP", `callback(${text})`],
    ["JavaScript object", "({a:1})"],
    ["unquoted string", "hello"],
    ["whitespace only", "   \n\t  "],
    ["NUL only", "\u0000"],
    ["NUL after document", `${text}\u0000`],
    ["true with garbage", "truex"],
    ["nul literal", "nul"],
    ["empty", ""],
    ["Python dict", "{'profile': None, 'baseVersion': True}"],
    ["XML", '<?xml version="1.0"?><policy><baseVersion>1</baseVersion></policy>'],
    ["form encoded in a JSON body", "profile=x&baseVersion=1"],
  ];
  for (const [label, body] of broken) add(`invalid JSON: ${label}`, body);

  // Invalid UTF-8 (the bytes are sent as-is).
  const bytes = enc.encode(text);
  const marker = "\u0001MARK\u0001";
  const withMarker = (replacement: number[]) => {
    const marked = enc.encode(JSON.stringify(markText(sample, textPath, marker)));
    const markBytes = enc.encode(JSON.stringify(marker).slice(1, -1));
    const at = indexOf(marked, markBytes);
    return concat(marked.slice(0, at), Uint8Array.from(replacement), marked.slice(at + markBytes.length));
  };
  const invalid: [string, Uint8Array][] = [
    ["FF FE {", Uint8Array.from([0xff, 0xfe, 0x7b])],
    ["FF FE then the body", concat(Uint8Array.from([0xff, 0xfe]), bytes)],
    ["lone FF", Uint8Array.from([0xff])],
    ["lone continuation byte", concat(Uint8Array.from([0x80]), bytes)],
    ["0xFF inside a string", withMarker([0xff])],
    ["overlong NUL (C0 80) inside a string", withMarker([0xc0, 0x80])],
    ["overlong slash (C0 AF) inside a string", withMarker([0xc0, 0xaf])],
    ["CESU surrogate (ED A0 80) inside a string", withMarker([0xed, 0xa0, 0x80])],
    ["truncated 3-byte sequence inside a string", withMarker([0xe2, 0x82])],
    ["5-byte sequence inside a string", withMarker([0xf8, 0x88, 0x80, 0x80, 0x80])],
    ["above U+10FFFF inside a string", withMarker([0xf4, 0x90, 0x80, 0x80])],
    ["Latin-1 Ä inside a string", withMarker([0xc4])],
    ["truncated at the end", concat(bytes.slice(0, -1), Uint8Array.from([0xe2, 0x82]))],
    ["UTF-16LE with BOM", utf16(text, true)],
    ["UTF-16BE with BOM", utf16(text, false)],
    ["UTF-32-ish (NUL padded)", Uint8Array.from([...bytes].flatMap((b) => [b, 0, 0, 0]))],
  ];
  for (const [label, body] of invalid) add(`invalid UTF-8: ${label}`, body as BodyInit);

  // Wrong content types around a valid body.
  const form = new URLSearchParams(flatten(sample));
  const multipart = new FormData();
  for (const [key, value] of Object.entries(flatten(sample))) multipart.append(key, value);
  multipart.append("file", new Blob([text], { type: json }), "policy.json");
  const types: [string, BodyInit, string | null][] = [
    ["no Content-Type", enc.encode(text), null],
    ["text/plain", text, "text/plain"],
    ["text/plain;charset=UTF-8", text, "text/plain;charset=UTF-8"],
    ["text/html", text, "text/html"],
    ["text/json", text, "text/json"],
    ["application/xml", text, "application/xml"],
    ["application/javascript", text, "application/javascript"],
    ["application/octet-stream", enc.encode(text), "application/octet-stream"],
    ["application/x-www-form-urlencoded (form body)", form, "application/x-www-form-urlencoded"],
    ["application/x-www-form-urlencoded (JSON body)", text, "application/x-www-form-urlencoded"],
    ["multipart/form-data (form body)", multipart, null],
    ["multipart/form-data without boundary (JSON body)", text, "multipart/form-data"],
    ["multipart/form-data with a bogus boundary", text, "multipart/form-data; boundary=----nope"],
    ["empty Content-Type", text, ""],
    ["whitespace Content-Type", text, "   "],
    ["application/", text, "application/"],
    ["json", text, "json"],
    ["*/*", text, "*/*"],
    ["application/jsonp", text, "application/jsonp"],
    ["application/x-json", text, "application/x-json"],
    ["image/png", enc.encode(text), "image/png"],
    ["Content-Type full of garbage", text, "\u00ff\u00fe;;;=;"],
  ];
  for (const [label, body, type] of types) add(`wrong content type: ${label}`, body, type);

  // Sizes: over the 64 kB limit (413), or lying about it.
  const pad = (bytes: number) => JSON.stringify(markText(sample, textPath, "x".repeat(bytes)));
  add("body of 64 kB + 1 byte", " ".repeat(kb(64) + 1 - text.length) + text);
  add("string field of 100 kB", pad(kb(100)));
  add("string field of 1 MB", pad(kb(1024)));
  add("1 MB of whitespace", " ".repeat(kb(1024)));
  add("1 MB of emoji in a field", JSON.stringify(markText(sample, textPath, "😀".repeat(kb(256)))));
  add("array of 100,000 numbers (200 kB)", `[${Array.from({ length: 100_000 }, () => "0").join(",")}]`);
  add("Content-Length claims 100 MB", text, json, { "content-length": String(100 * 1024 * 1024) });
  add("Content-Length claims 1 GB", text, json, { "content-length": String(1024 ** 3) });

  // Deep nesting, within the size limit unless said otherwise.
  for (const depth of [1_000, 5_000, 20_000]) {
    add(`${depth} nested arrays`, nested(depth, "[", "]"));
    add(`${depth} nested objects`, nested(depth, '{"a":', "}"));
    add(
      `${depth} nested arrays in a field`,
      JSON.stringify(markText(sample, textPath, "\u0002DEEP\u0002")).replace('"\\u0002DEEP\\u0002"', nested(depth, "[", "]")),
    );
    add(`${depth} nested objects under an unknown key`, text.replace(/}$/, `,"deep":${nested(depth, '{"a":', "}")}}`));
    add(`${depth} nested __proto__ objects`, nested(depth, '{"__proto__":', "}", '{"polluted":"yes"}'));
  }
  add("100,000 nested arrays (over the limit)", nested(100_000, "[", "]"));
  add("5,000 unclosed arrays", "[".repeat(5_000));
  add("5,000 unbalanced closers", `${text}${"]".repeat(5_000)}`);

  // A body stream that fails half-way (the client went away).
  add("body stream errors half-way", failingStream(enc.encode(text.slice(0, 20))));
  return cases;
}

function markText(sample: Record<string, unknown>, path: Path, value: string): Record<string, unknown> {
  return withAt(sample, path, value) as Record<string, unknown>;
}

/** Form fields from the top-level and nested keys of `value` (nested objects as "a.b"). */
function flatten(value: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (child && typeof child === "object" && !Array.isArray(child)) Object.assign(out, flatten(child, name));
    else out[name] = String(child);
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error("marker not found");
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function failingStream(first: Uint8Array): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(first);
      } else controller.error(new Error("client went away"));
    },
  });
}

// ---------------------------------------------------------------- action-only values

/** Values a server action can receive (React's reply encoding carries them) but no JSON body can. */
export function actionOnlyValues(sample: Record<string, unknown>): ValueCase[] {
  const cyclic: Record<string, unknown> = clone(sample);
  cyclic.self = cyclic;
  const cyclicDeep: Record<string, unknown> = clone(sample);
  const firstObjectKey = Object.keys(cyclicDeep).find((k) => cyclicDeep[k] && typeof cyclicDeep[k] === "object");
  if (firstObjectKey) (cyclicDeep[firstObjectKey] as Record<string, unknown>).loop = cyclicDeep;
  else cyclicDeep.nested = { loop: cyclicDeep };
  const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, clone(sample), { extra: 1 });
  const form = new FormData();
  for (const [key, value] of Object.entries(flatten(sample))) form.append(key, value);
  let deepArray: unknown = 0;
  let deepObject: unknown = 0;
  for (let i = 0; i < 5_000; i++) {
    deepArray = [deepArray];
    deepObject = { a: deepObject };
  }
  const withDate = clone(sample);
  for (const key of Object.keys(withDate)) withDate[key] = new Date(0);
  return [
    { label: "undefined", value: undefined },
    { label: "NaN", value: Number.NaN },
    { label: "Infinity", value: Number.POSITIVE_INFINITY },
    { label: "-0", value: -0 },
    { label: "BigInt", value: 10n ** 30n },
    { label: "Date", value: new Date() },
    { label: "invalid Date", value: new Date(Number.NaN) },
    { label: "Map of the sample", value: new Map(Object.entries(sample)) },
    { label: "Set", value: new Set([1, 2, 3]) },
    { label: "Uint8Array", value: Uint8Array.from([0xff, 0xfe, 0x7b]) },
    { label: "Blob", value: new Blob(["{}"]) },
    { label: "FormData of the sample", value: form },
    { label: "Symbol", value: Symbol("kindly") },
    { label: "Promise", value: Promise.resolve(sample) },
    { label: "cyclic object", value: cyclic },
    { label: "cyclic nested object", value: cyclicDeep },
    { label: "Object.create(null) with an extra key", value: nullProto },
    { label: "every field a Date", value: withDate },
    { label: "5,000 nested arrays", value: deepArray },
    { label: "5,000 nested objects", value: deepObject },
    { label: "string of 1 MB", value: "x".repeat(kb(1024)) },
    { label: "array of 100,000 items", value: Array.from({ length: 100_000 }, () => sample) },
  ];
}

// ---------------------------------------------------------------- checks

/** Anything that looks like a stack trace, a source path or a raw database error. */
export const LEAK =
  /\n\s+at\s|\bat\s+\S+\s+\(|\.(?:m?[jt]sx?|cjs):\d+|node_modules|file:\/\/|webpack|[A-Z][A-Za-z]*Error: .*[/\\]|prisma|invocation|SQLITE_|ECONN|\bpg_|syntax error at/i;

/** Why a response is not a clean 4xx JSON error, or null when it is one. */
export async function problemWith(response: Response): Promise<string | null> {
  const text = await response.text();
  if (response.status < 400 || response.status > 499) return `status ${response.status}: ${text.slice(0, 200)}`;
  // Every request comes from its own address, so a limit never answers for the route: a 429 is a fault of the set-up.
  if (response.status === 429) return `rate-limited (the corpus would measure the limiter, not the route): ${text.slice(0, 200)}`;
  if (LEAK.test(text)) return `leaks internals: ${text.slice(0, 300)}`;
  const type = response.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return `content type ${JSON.stringify(type)}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 200)}`;
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return `not a JSON object: ${text.slice(0, 200)}`;
  const { error, message, code } = body as Record<string, unknown>;
  const explained = [error, message, code].some((v) => typeof v === "string" && v.trim().length > 0);
  if (!explained) return `no error/message/code string: ${text.slice(0, 200)}`;
  return null;
}

/** Why a server action's outcome is not a structured refusal, or null when it is one. */
export function actionProblem(outcome: { resolved: true; value: unknown } | { resolved: false; error: unknown }): string | null {
  if (!outcome.resolved) {
    const error = outcome.error as Error;
    return `threw ${error?.name}: ${String(error?.message).split("\n")[0]!.slice(0, 200)}`;
  }
  const result = outcome.value as Record<string, unknown> | null;
  if (!result || typeof result !== "object") return `resolved to ${preview(result)}`;
  if (result.ok !== false) return `ok is ${preview(result.ok)}: ${preview(result)}`;
  const why = result.code;
  if (typeof why !== "string" || !(ERROR_CODES as readonly string[]).includes(why)) return `no error code of lib/errors.ts: ${preview(result)}`;
  if (why === "invalid") {
    const errors = result.fieldErrors;
    if (!Array.isArray(errors) || errors.length === 0) return `invalid without fieldErrors: ${preview(result)}`;
    if (!errors.every((e) => typeof e?.path === "string" && typeof e?.message === "string" && e.message)) return `malformed fieldErrors: ${preview(errors)}`;
  }
  let text: string;
  try {
    text = JSON.stringify(result);
  } catch (error) {
    return `result is not serialisable: ${(error as Error).message}`;
  }
  if (LEAK.test(text)) return `leaks internals: ${text.slice(0, 300)}`;
  return null;
}

export async function settle(run: () => Promise<unknown>): Promise<{ resolved: true; value: unknown } | { resolved: false; error: unknown }> {
  try {
    return { resolved: true, value: await run() };
  } catch (error) {
    return { resolved: false, error };
  }
}

/** The own property names of the built-in prototypes, to prove none was polluted. */
export function prototypeFingerprint(): string {
  const protos = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
  return JSON.stringify(Object.fromEntries(Object.entries(protos).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto).sort()])));
}

// ---------------------------------------------------------------- policy ids

/** Policy ids nobody may read: long, traversal, SQL-ish, control characters, someone else's. */
export function badPolicyIds(own: string, foreign: string[]): string[] {
  const bases = [
    "",
    " ",
    "x".repeat(65),
    "x".repeat(1000),
    "x".repeat(100_000),
    "a".repeat(64),
    "..",
    "../",
    "../policy",
    "../../../../etc/passwd",
    "..\\..\\windows\\win.ini",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%2F..%2F",
    "....//....//",
    "/",
    "//",
    "/etc/passwd",
    "file:///etc/passwd",
    "' OR '1'='1",
    "' OR 1=1 --",
    '" OR ""="',
    '1; DROP TABLE "Policy"; --',
    '\'; DELETE FROM "User"; --',
    '\' UNION SELECT id, profile FROM "Policy" --',
    "1' AND SLEEP(5) --",
    "'||pg_sleep(5)--",
    "%",
    "_",
    "%%",
    "*",
    ".*",
    "$1",
    "?",
    "\\",
    "\\'",
    '{"$ne":null}',
    "[object Object]",
    "null",
    "undefined",
    "NaN",
    "0",
    "-1",
    "1e308",
    "\u0000",
    "abc\u0000def",
    "%00",
    "\n",
    "\r\nSet-Cookie: x=1",
    "\t",
    "\u007f",
    "\u202eevil",
    "\u200b",
    "😀",
    "👩‍👩‍👧‍👦".repeat(10),
    "\ud800",
    "\udfff\ud800",
    "ｃｌｘ１２３", // full-width
    "<script>alert(1)</script>",
    "${7*7}",
    "{{7*7}}",
    "__proto__",
    "constructor",
    "prototype",
    "toString",
  ];
  const ids = new Set<string>();
  for (const base of bases) {
    ids.add(base);
    ids.add(`${own}${base}`);
    ids.add(`${base}${own}`);
    ids.add(safeEncode(base));
  }
  for (const id of foreign) {
    ids.add(id);
    ids.add(id.toUpperCase());
    ids.add(` ${id}`);
    ids.add(`${id} `);
    ids.add(`${id}\u0000`);
    ids.add(`${id}%`);
    ids.add(`${id.slice(0, -1)}%`);
    ids.add(`${id.slice(0, -1)}_`);
  }
  ids.add(own.toUpperCase());
  ids.add(` ${own}`);
  ids.add(`${own} `);
  ids.add(`${own.slice(0, -1)}%`);
  ids.add(`${own.slice(0, -1)}_`);
  ids.add(own.split("").reverse().join(""));
  ids.delete(own);
  return [...ids];
}

// ---------------------------------------------------------------- database snapshot

type SnapshotClient = {
  user: { findMany(args: object): Promise<unknown[]> };
  session: { findMany(args: object): Promise<unknown[]> };
  account: { findMany(args: object): Promise<unknown[]> };
  historyEntry: { findMany(args: object): Promise<unknown[]> };
  historySettings: { findMany(args: object): Promise<unknown[]> };
  policy: { findMany(args: object): Promise<unknown[]> };
  verification: { findMany(args: object): Promise<unknown[]> };
};

/**
 * Everything a request could write, except the sign-in rate-limit counters
 * (better-auth counts every request there by design).
 */
export async function snapshotDatabase(client: SnapshotClient) {
  const byId = { orderBy: { id: "asc" } } as const;
  const [users, sessions, accounts, policies, verifications, history, historySettings] = await Promise.all([
    client.user.findMany(byId),
    client.session.findMany(byId),
    client.account.findMany(byId),
    client.policy.findMany(byId),
    client.verification.findMany(byId),
    client.historyEntry.findMany(byId),
    client.historySettings.findMany({ orderBy: { ownerId: "asc" } }),
  ]);
  return JSON.parse(JSON.stringify({ users, sessions, accounts, policies, verifications, history, historySettings })) as Record<string, unknown[]>;
}

/** encodeURIComponent, without throwing on lone surrogates. */
export function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, "\ufffd"));
  }
}
