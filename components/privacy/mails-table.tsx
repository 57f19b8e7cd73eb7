import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/dates/format";
import type { SelfServiceOverview } from "@/lib/privacy/self-service-overview";

/** The mails sent (or about to be sent) to the address: subject and date. */
export async function MailsTable({ mails }: { mails: SelfServiceOverview["mails"] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("privacy.stored");
  if (mails.length === 0) return <p>{t("mailsNone")}</p>;
  return (
    <>
      <p className="mb-2">{t("mailsIntro")}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("mailsHeading")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("mailDate")}
              </th>
              <th scope="col" className="py-2">
                {t("mailSubject")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...mails].reverse().map((m, i) => (
              <tr key={i} className="border-b border-line align-top">
                <td className="py-2 pr-4 whitespace-nowrap">
                  {m.status === "sent" && m.sentAt ? formatDateTime(m.sentAt, locale) : formatDateTime(m.createdAt, locale)}
                  {m.status === "pending" && <span className="block text-sm text-muted">{t("mailPending")}</span>}
                  {m.status === "failed" && <span className="block text-sm text-muted">{t("mailFailed")}</span>}
                </td>
                <td className="py-2 break-words">{m.subject}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
