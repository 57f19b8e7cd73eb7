import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/format";
import { listMailboxMails, MAILBOX_LIMIT, mailboxEnabled } from "@/lib/mail/mailbox-queries";
import { mailMode } from "@/lib/mail/transport";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mail.mailbox");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type Props = { searchParams: Promise<{ an?: string | string[] }> };

/** The local mailbox: every mail of the outbox, newest first (development and demo only). */
export default async function MailboxPage({ searchParams }: Props) {
  if (!mailboxEnabled()) notFound();
  const t = await getTranslations("mail.mailbox");
  const raw = (await searchParams).an;
  const recipient = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
  const mails = await listMailboxMails(await currentActor(), { recipient });
  return (
    <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
      <p className="mb-4">
        <Link href="/">
          <span aria-hidden="true">← </span>
          {t("home")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <div className="prose-text">
        <p className="mb-2">{t("intro")}</p>
        <p className="mb-6 font-semibold">{mailMode() === "smtp" ? t("modeSmtp") : t("modeMailbox")}</p>
      </div>

      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="an" className="mb-1 block font-bold">
            {t("filterLabel")}
          </label>
          <input
            id="an"
            name="an"
            type="email"
            defaultValue={recipient}
            className="min-h-11 w-80 max-w-full border-2 border-ink px-2"
            autoComplete="off"
          />
        </div>
        <button type="submit" className="min-h-11 bg-accent px-4 font-bold text-white hover:bg-accent-dark">
          {t("filterSubmit")}
        </button>
        {recipient && (
          <Link href="/dev/postfach" className="inline-flex min-h-11 items-center">
            {t("filterReset")}
          </Link>
        )}
      </form>

      <p className="mb-2">
        {t("count", { count: mails.length, limit: MAILBOX_LIMIT })}
      </p>
      {mails.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[44rem] border-collapse text-left">
            <caption className="mb-2 text-left font-bold">
              {recipient ? t("captionFiltered", { recipient }) : t("caption")}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("columns.subject")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columns.recipient")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columns.time")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columns.status")}
                </th>
                <th scope="col" className="py-2">
                  {t("columns.transport")}
                </th>
              </tr>
            </thead>
            <tbody>
              {mails.map((mail) => (
                <tr key={mail.id} className="border-b border-line align-top">
                  <td className="py-2 pr-4">
                    <Link href={`/dev/postfach/${mail.id}`}>{mail.subject}</Link>
                  </td>
                  <td className="py-2 pr-4 break-words">{mail.recipient}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={mail.createdAt.toISOString()}>{formatDateTime(mail.createdAt)}</time>
                  </td>
                  <td className="py-2 pr-4">{t(`status.${mail.status}`)}</td>
                  <td className="py-2">{t(`transport.${mail.transport === "smtp" || mail.transport === "mailbox" ? mail.transport : "none"}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
