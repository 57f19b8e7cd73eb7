import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates/format";
import type { OutboxStatus } from "@/lib/mail/outbox-status";

/**
 * The office's view of the outbox on /intern: what waits to go out (and since when), what failed
 * for good, and "Erneut versuchen" for those once the mail server works again. A plain form: the
 * button works without JavaScript.
 */
export async function OutboxStatusSection({ status, retried, retryAction }: { status: OutboxStatus; retried: number | null; retryAction: () => Promise<void> }) {
  const t = await getTranslations("operations.mail");
  return (
    <section aria-labelledby="postausgang" className="mb-8">
      <h2 id="postausgang" className="mb-3 text-xl font-bold">
        {t("heading")}
      </h2>
      {retried !== null && (
        <p role="status" className="mb-3 border-l-8 border-accent bg-soft p-4">
          {t("retried", { count: retried })}
        </p>
      )}
      <p className="mb-2">
        {t("backlog", { count: status.pending })}
        {status.oldestPendingSince && <> – {t("oldest", { since: formatDateTime(status.oldestPendingSince) })}</>}
      </p>
      <p className="mb-2">{t("failed", { count: status.failed })}</p>
      {status.failed > 0 && (
        <>
          <p className="mb-2 text-muted">{t("failedHint")}</p>
          <ul className="mb-3 divide-y divide-line border-y border-line">
            {status.failedMails.map((mail) => (
              <li key={mail.id} className="py-2">
                <span className="block font-semibold">{mail.subject}</span>
                <span className="block text-sm">
                  <time dateTime={mail.createdAt.toISOString()}>{formatDateTime(mail.createdAt)}</time>
                  {mail.lastError && ` · ${t("lastError", { error: mail.lastError.slice(0, 160) })}`}
                </span>
              </li>
            ))}
          </ul>
          <form action={retryAction}>
            <button type="submit" className="btn">
              {t("retry")}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
