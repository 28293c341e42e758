import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { CLIENT_MESSAGES, pickMessages, type ClientPart } from "@/lib/i18n/client-messages";
import en from "@/lib/i18n/messages/en/app.json";

// Every client component gets its messages from the nearest <ClientMessages>.
// Follow each part's imports (static and lazy) from where it starts; from the
// first "use client" file on, every useTranslations namespace must be sent.

const ROOT = path.resolve(import.meta.dirname, "../..");

// Where each part starts. A page without a <ClientMessages> of its own (home)
// belongs to the layout's part.
const ENTRIES: Record<ClientPart, string[]> = {
  layout: [
    "app/[locale]/layout.tsx",
    "app/[locale]/error.tsx",
    "app/[locale]/page.tsx",
    "app/[locale]/not-found.tsx",
    "app/[locale]/[...rest]/page.tsx",
    "app/[locale]/sources/page.tsx",
  ],
  questionnaire: ["app/[locale]/questionnaire/page.tsx"],
  policy: ["app/[locale]/policy/page.tsx"],
  advice: ["app/[locale]/advice/page.tsx"],
  history: ["app/[locale]/history/page.tsx"],
  invite: ["app/[locale]/invite/page.tsx"],
  account: ["app/[locale]/account/page.tsx"],
  import: ["app/[locale]/import/page.tsx"],
  team: ["app/[locale]/team/page.tsx", "app/[locale]/team/join/page.tsx", "app/[locale]/team/slide/page.tsx"],
  auth: [
    "app/[locale]/sign-in/page.tsx",
    "app/[locale]/sign-up/page.tsx",
    "app/[locale]/forgot-password/page.tsx",
    "app/[locale]/reset-password/page.tsx",
    "app/[locale]/email-verified/page.tsx",
  ],
};

function pagesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return pagesUnder(relative);
    return entry.name === "page.tsx" ? [relative] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Namespaces used by client code reachable from `entry`, with the file using each. */
function clientNamespaces(entry: string): Map<string, string> {
  const used = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const key = `${file}:${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = fs.readFileSync(file, "utf8");
    // The directive may follow comments.
    const isClient = client || /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*["']use client["']/.test(source);
    if (isClient) {
      const relative = path.relative(ROOT, file);
      for (const match of source.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const argument = match[1]!.trim();
        const literal = /^"([^"]*)"$/.exec(argument);
        // Anything but a string literal (or no argument: the whole catalogue) cannot be checked here.
        used.set(argument === "" ? "(all messages)" : literal ? literal[1]! : `(not a literal: ${argument})`, relative);
      }
      if (/\buseMessages\(/.test(source)) used.set("(all messages: useMessages)", relative);
    }
    for (const match of source.matchAll(/(?:from\s+|import\(\s*)["']([^"']+)["']/g)) {
      const target = resolve(file, match[1]!);
      if (target) visit(target, isClient);
    }
  };
  visit(path.join(ROOT, entry), false);
  return used;
}

const covered = (namespace: string, picked: readonly string[]) => picked.some((p) => namespace === p || namespace.startsWith(`${p}.`));

describe("messages sent to the browser", () => {
  for (const [part, entries] of Object.entries(ENTRIES) as [ClientPart, string[]][]) {
    it(`${part}: every namespace its client components use is sent`, () => {
      const used = new Map(entries.flatMap((entry) => [...clientNamespaces(entry)]));
      expect(used.size).toBeGreaterThan(0);
      const missing = [...used].filter(([namespace]) => !covered(namespace, CLIENT_MESSAGES[part])).map(([ns, file]) => `${ns} (${file})`);
      expect(missing).toEqual([]);
    });
  }

  it("every page is checked", () => {
    const listed = new Set(Object.values(ENTRIES).flat());
    expect(pagesUnder("app").filter((page) => !listed.has(page))).toEqual([]);
  });

  it("every path sent exists in the catalogue", () => {
    for (const paths of Object.values(CLIENT_MESSAGES)) {
      for (const p of paths)
        expect(
          p.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], en),
          p,
        ).toBeDefined();
    }
  });

  it("picks whole namespaces and paths into them, and nothing else", () => {
    const picked = pickMessages(en, ["nav", "questionnaire.platformNames", "no.such.path"]);
    expect(Object.keys(picked).sort()).toEqual(["nav", "questionnaire"]);
    expect(picked.nav).toEqual(en.nav);
    expect(picked.questionnaire).toEqual({ platformNames: en.questionnaire.platformNames });
    // A whole namespace wins over a path into it, and the catalogue is not changed.
    const before = JSON.stringify(en);
    expect(pickMessages(en, ["questionnaire.platformNames", "questionnaire"]).questionnaire).toEqual(en.questionnaire);
    expect(JSON.stringify(en)).toBe(before);
  });

  it("a page sends far less than the whole catalogue", () => {
    const whole = JSON.stringify(en).length;
    const questionnaire = JSON.stringify(pickMessages(en, [...CLIENT_MESSAGES.layout, ...CLIENT_MESSAGES.questionnaire])).length;
    expect(questionnaire).toBeLessThan(whole / 2);
  });
});
