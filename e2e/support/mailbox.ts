import { expect } from "@playwright/test";
import type { SunkMail } from "./smtp-sink";

const sinkUrl = `http://127.0.0.1:${Number(process.env.E2E_SMTP_PORT ?? 3125) + 1}/messages`;

export async function allMails(): Promise<SunkMail[]> {
  return (await fetch(sinkUrl)).json() as Promise<SunkMail[]>;
}

/** Waits until the SMTP server received mails to `to` that match, and returns them. */
export async function mailsTo(to: string, match: (m: SunkMail) => boolean = () => true, count = 1): Promise<SunkMail[]> {
  let found: SunkMail[] = [];
  await expect
    .poll(
      async () => {
        found = (await allMails()).filter((m) => m.to.includes(to) && match(m));
        return found.length;
      },
      { timeout: 20_000, intervals: [250, 500, 1000] },
    )
    .toBeGreaterThanOrEqual(count);
  return found;
}

/** The private manage link in a mail's text. */
export function manageLink(mail: SunkMail): string {
  const match = mail.text.match(/https?:\/\/[^\s]+\/anmeldung\/[A-Za-z0-9_-]{43}/);
  if (!match) throw new Error(`no manage link in mail "${mail.subject}"`);
  return new URL(match[0]).pathname;
}
