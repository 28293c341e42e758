/**
 * Fixture builders for the import tests: export files written from
 * FORMATS.md's descriptions of each variant (invented names), as bytes.
 */
import { zipSync } from "fflate";

import type { ImportFile } from "./schemas";

const encoder = new TextEncoder();

export function file(name: string, text: string): ImportFile {
  return { name, bytes: encoder.encode(text) };
}

export function bytesFile(name: string, bytes: Uint8Array): ImportFile {
  return { name, bytes };
}

/** What Meta's printer does: every UTF-8 byte above ASCII as its own `\u00XX` escape. */
export function metaEscape(text: string): string {
  let out = "";
  for (const byte of encoder.encode(text)) out += byte < 0x80 ? String.fromCharCode(byte) : `\\u00${byte.toString(16).padStart(2, "0")}`;
  return out;
}

/** A JSON file as Meta prints it: 2-space indent, mojibake escapes, no trailing newline. */
export function metaJson(name: string, value: unknown): ImportFile {
  const escaped = metaEscape(JSON.stringify(value, null, 2));
  // Meta writes empty arrays as `[`, a line of spaces, `]`.
  return file(name, escaped.replace(/\[\]/g, "[\n        \n      ]"));
}

export function zip(entries: Record<string, Uint8Array | string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([path, content]) => [path, typeof content === "string" ? encoder.encode(content) : content])));
}

export const CONNECTIONS_PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';

export const INVITATIONS_2026 = [
  "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
  'Eeva Esimerkki,Kari Eksempel,"2/12/26, 11:44 AM","Hi Kari,  great to meet you.",OUTGOING,https://www.linkedin.com/in/eeva-esimerkki,https://www.linkedin.com/in/kari-eksempel',
  'Åse Prøve-Nordmann,Eeva Esimerkki,"1/28/26, 5:54 PM",,INCOMING,https://www.linkedin.com/in/åse-prøve-nordmann-5e6f,https://www.linkedin.com/in/eeva-esimerkki',
  'Maija Mallikas 🌸,Eeva Esimerkki,"1/14/26, 11:49 PM","Hei Eeva! Saanko liittyä verkostoosi? Esitys ""Rajat verkossa"" oli hyvä.",INCOMING,https://www.linkedin.com/in/maija-mallikas-fake,https://www.linkedin.com/in/eeva-esimerkki',
  '"Kari Eksempel, MBA, Fake Group",Eeva Esimerkki,"12/29/25, 6:51 PM",Hiring - open to a chat? ,INCOMING,https://www.linkedin.com/in/kari-eksempel-mba,https://www.linkedin.com/in/eeva-esimerkki',
].join("\n");

export const CONNECTIONS_2026 =
  CONNECTIONS_PREAMBLE +
  [
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "Åse,Prøve-Nordmann,https://www.linkedin.com/in/%C3%A5se-pr%C3%B8ve-nordmann-5e6f/,,Esimerkki Oy,Psykologi,29 Jan 2026",
    ",,,,,,02 Jun 2022",
  ].join("\n");
