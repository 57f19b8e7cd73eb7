import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { openManageAction } from "@/app/(public)/meine-daten/actions";
import { formatTimeRange } from "@/lib/dates/format";
import type { OverviewEntry } from "@/lib/privacy/self-service-overview";
import { selfServicePaths } from "@/lib/privacy/self-service-paths";

/** One registration or application on the "Meine Daten" overview: event, dates, status, actions. */
export async function RegistrationEntry({ entry }: { entry: OverviewEntry }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("privacy.overview");
  const tStatus = await getTranslations("privacy.status");
  const { row, event } = entry;
  const supervision = event.format.isSupervision;
  const status =
    row.status === "waitlisted"
      ? tStatus("waitlisted", { position: entry.position ?? 1 })
      : row.status === "confirmed" && supervision
        ? tStatus("confirmedGroup")
        : tStatus(row.status);
  const manageLabel = !entry.live ? t("manageView") : supervision ? t("manageApplication") : t("manage");
  const headingId = `anmeldung-${row.id}`;
  return (
    <li className="border-t border-line py-4">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="text-lg font-bold">
          {event.event.title}
        </h3>
        {supervision && <p className="text-sm text-muted">{t("supervision")}</p>}
        {event.event.status === "cancelled" && <p className="font-bold">{t("eventCancelled")}</p>}
        <dl className="my-2 sm:grid sm:grid-cols-[8rem_1fr] sm:gap-x-4">
          <dt className="font-semibold">{t("datesLabel")}</dt>
          <dd>
            <ul>
              {event.sessions.map((s) => (
                <li key={s.id}>
                  <time dateTime={s.startsAt.toISOString()}>{formatTimeRange(s.startsAt, s.endsAt, locale)}</time>
                </li>
              ))}
            </ul>
          </dd>
          <dt className="font-semibold">{t("statusLabel")}</dt>
          <dd>{status}</dd>
        </dl>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <form action={openManageAction}>
            <input type="hidden" name="registration" value={row.id} />
            {/* The title in the name (after the visible words): several such buttons are on the page. */}
            <button type="submit" className="btn btn-secondary">
              {manageLabel}
              <span className="sr-only">: {event.event.title}</span>
            </button>
          </form>
          {entry.hasCertificate && (
            <a href={selfServicePaths.certificate(row.id)} className="inline-flex min-h-11 items-center font-semibold" download>
              {t("certificate")}
              <span className="sr-only">: {event.event.title}</span>
            </a>
          )}
        </div>
      </article>
    </li>
  );
}
