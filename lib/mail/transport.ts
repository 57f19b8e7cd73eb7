import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { city } from "@/lib/config/city";
import { isProduction, settings } from "@/lib/config/env";

/**
 * How mails leave the outbox: through an SMTP server when `SMTP_URL` is set
 * (`smtp://user:pass@host:587`, `smtps://user:pass@host:465`; nodemailer options may follow as query
 * parameters, e.g. `?ignoreTLS=true`), otherwise they stay in the outbox and are shown at
 * /dev/postfach ("mailbox"). Settings come from lib/config/env.ts (read once at start-up).
 */
export type MailMode = "smtp" | "mailbox" | "none";

/**
 * "none" in production without SMTP and without DEV_MAILBOX=1: nobody could read the mails there,
 * so they stay pending in the outbox until an SMTP server is configured, instead of being marked sent.
 */
export function mailMode(): MailMode {
  if (smtpUrl()) return "smtp";
  return !isProduction() || settings().DEV_MAILBOX ? "mailbox" : "none";
}

function smtpUrl(): string {
  return settings().SMTP_URL;
}

/** The sender address: `MAIL_FROM`, by default the city office's name at noreply@localhost. */
export function mailFrom(): string {
  return settings().MAIL_FROM || `"${city.office.name}" <noreply@localhost>`;
}

// One transport per SMTP URL and process.
let cached: { url: string; transport: Transporter<SMTPTransport.SentMessageInfo> } | null = null;

/** The nodemailer transport for `SMTP_URL`; throws when none is configured. */
export function smtpTransport(): Transporter<SMTPTransport.SentMessageInfo> {
  const url = smtpUrl();
  if (!url) throw new Error("SMTP_URL ist nicht gesetzt.");
  if (cached?.url !== url) {
    cached?.transport.close();
    const transport = nodemailer.createTransport({
      url,
      // Fail fast when the server is unreachable or stalls: the sender retries later, and a send
      // must finish well within the sender's lease (see sender.ts). Query parameters of the URL win.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as SMTPTransport.Options);
    cached = { url, transport };
  }
  return cached.transport;
}
