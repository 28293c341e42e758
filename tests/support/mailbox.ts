// A real SMTP server on a random local port (smtp-server), keeping every mail
// it receives, parsed with mailparser: the tests read what Kindly sent.

import type { AddressInfo } from "node:net";

import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Received = { to: string[]; from: string; subject: string; text: string; links: string[] };

export type Mailbox = {
  /** SMTP_URL for the app: smtp://127.0.0.1:<port>. */
  url: string;
  received: Received[];
  /** The first mail to `to` (after `skip` earlier ones) whose subject matches, waiting up to `timeoutMs`. */
  waitFor: (to: string, options?: { subject?: RegExp; skip?: number; timeoutMs?: number }) => Promise<Received>;
  /** The mails to `to` so far. */
  to: (address: string) => Received[];
  close: () => Promise<void>;
};

const LINK = /https?:\/\/[^\s<>"]+/g;

export async function startMailbox(): Promise<Mailbox> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: nothing to upgrade to TLS.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const text = mail.text ?? "";
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: mail.from?.text ?? "",
            subject: mail.subject ?? "",
            text,
            links: text.match(LINK) ?? [],
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  const to = (address: string) => received.filter((mail) => mail.to.includes(address.toLowerCase()));
  const waitFor: Mailbox["waitFor"] = async (address, { subject, skip = 0, timeoutMs = 10_000 } = {}) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = to(address).filter((mail) => !subject || subject.test(mail.subject))[skip];
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${address}${subject ? ` matching ${subject}` : ""} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor,
    to,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
