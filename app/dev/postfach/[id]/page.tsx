import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates/format";
import { currentActor } from "@/lib/auth/session";
import { getMailboxMail, mailboxEnabled, type MailboxMail } from "@/lib/mail/mailbox-queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  if (!mailboxEnabled()) return null;
  const { id } = await params;
  if (!/^\d{1,15}$/.test(id)) return null;
  return getMailboxMail(await currentActor(), Number(id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const mail = await load(params);
  return mail ? { title: mail.subject, robots: { index: false, follow: false } } : {};
}

/** The text part with its links clickable (a mail's links are what one wants to follow here). */
function TextWithLinks({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-line py-2 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd className="break-all">{children}</dd>
    </div>
  );
}

/** One mail of the local mailbox: its facts, the text part, the HTML part (sandboxed) and attachments. */
export default async function MailboxMailPage({ params }: Props) {
  const mail = await load(params);
  if (!mail) notFound();
  const t = await getTranslations("mail.mailbox");
  return (
    <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
      <p className="mb-4 flex flex-wrap gap-x-6">
        <Link href="/dev/postfach">
          <span aria-hidden="true">← </span>
          {t("back")}
        </Link>
        <Link href="/">{t("home")}</Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold leading-tight">{mail.subject}</h1>

      <h2 className="sr-only">{t("detail.facts")}</h2>
      <dl className="mb-8">
        <Fact label={t("detail.to")}>{mail.recipient}</Fact>
        <Fact label={t("detail.created")}>
          <time dateTime={mail.createdAt.toISOString()}>{formatDateTime(mail.createdAt)}</time>
        </Fact>
        <Fact label={t("detail.kind")}>{mail.kind}</Fact>
        <Fact label={t("detail.status")}>
          {t(`status.${mail.status}`)}
          {mail.transport === "smtp" || mail.transport === "mailbox" ? ` (${t(`transport.${mail.transport}`)})` : ""}
        </Fact>
        {mail.sentAt && (
          <Fact label={t("detail.sentAt")}>
            <time dateTime={mail.sentAt.toISOString()}>{formatDateTime(mail.sentAt)}</time>
          </Fact>
        )}
        <Fact label={t("detail.attempts")}>{mail.attempts}</Fact>
        {mail.status === "pending" && mail.attempts > 0 && (
          <Fact label={t("detail.nextAttempt")}>
            <time dateTime={mail.nextAttemptAt.toISOString()}>{formatDateTime(mail.nextAttemptAt)}</time>
          </Fact>
        )}
        {mail.lastError && <Fact label={t("detail.lastError")}>{mail.lastError}</Fact>}
        {mail.messageId && <Fact label={t("detail.messageId")}>{mail.messageId}</Fact>}
      </dl>

      {mail.status === "sent" && mail.transport === "smtp" && !mail.textBody && !mail.htmlBody ? (
        <p className="prose-text mb-8 border-l-4 border-ink bg-soft p-4">{t("detail.scrubbed")}</p>
      ) : (
        <MailBodies mail={mail} />
      )}
    </main>
  );
}

/** Attachments, the text part and the HTML part of a mail. */
async function MailBodies({ mail }: { mail: MailboxMail }) {
  const t = await getTranslations("mail.mailbox");
  return (
    <>
      <section aria-labelledby="anhaenge" className="mb-8">
        <h2 id="anhaenge" className="mb-2 text-xl font-bold">
          {t("detail.attachmentsHeading")}
        </h2>
        {mail.attachments.length === 0 ? (
          <p>{t("detail.noAttachments")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {mail.attachments.map((a, index) => (
              <li key={index}>
                <a href={`/dev/postfach/${mail.id}/anhang/${index}`} download={a.filename} className="inline-flex min-h-11 items-center">
                  {t("detail.download", { filename: a.filename })}
                </a>{" "}
                <span className="text-muted">({a.contentType})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="text" className="mb-8">
        <h2 id="text" className="mb-2 text-xl font-bold">
          {t("detail.textHeading")}
        </h2>
        <pre className="overflow-x-auto border border-line bg-soft p-4 font-sans whitespace-pre-wrap break-words">
          <TextWithLinks text={mail.textBody} />
        </pre>
      </section>

      <section aria-labelledby="html">
        <h2 id="html" className="mb-2 text-xl font-bold">
          {t("detail.htmlHeading")}
        </h2>
        {/* Fully sandboxed: no scripts, forms, pop-ups, navigation or origin. The mail can only be shown. */}
        <iframe
          sandbox=""
          srcDoc={mail.htmlBody}
          title={t("detail.htmlFrameTitle", { subject: mail.subject })}
          className="h-[48rem] w-full border border-line bg-white"
        />
      </section>
    </>
  );
}
