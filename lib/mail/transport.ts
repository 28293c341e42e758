import "server-only";

import nodemailer, { type Transporter } from "nodemailer";

import { env } from "@/lib/env";

// One nodemailer transport per SMTP_URL, made on first use (a connection per mail: Kindly sends few).

export type Mail = { to: string; subject: string; text: string };

const globalForMail = globalThis as unknown as { kindlyMail?: { url: string; transport: Transporter } };

function transport(url: string): Transporter {
  if (globalForMail.kindlyMail?.url !== url) {
    globalForMail.kindlyMail = { url, transport: nodemailer.createTransport(url, { from: env().MAIL_FROM }) };
  }
  return globalForMail.kindlyMail.transport;
}

/** Whether this site sends mail at all (SMTP_URL is set). */
export function mailEnabled(): boolean {
  return env().SMTP_URL !== undefined;
}

/**
 * Hands `mail` to the SMTP server without waiting for it: a request that sends
 * mail answers in the same time as one that does not. A failure is logged
 * with its kind and SMTP code only: never the address, the text or its links.
 */
export function dispatchMail(kind: string, mail: Mail): void {
  const url = env().SMTP_URL;
  if (!url) return;
  transport(url)
    .sendMail({ to: mail.to, subject: mail.subject, text: mail.text })
    .catch((error: unknown) => {
      const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
      console.error(`Mail: the ${kind} message could not be sent (${[code, responseCode].filter((v) => v !== undefined).join(" ") || "unknown error"}).`);
    });
}
