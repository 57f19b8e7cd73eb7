import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime, formatLongDate } from "@/lib/dates/format";
import type { OverviewEntry } from "@/lib/privacy/self-service-overview";
import { answerKey } from "@/lib/registrations/schemas";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-line py-2 sm:grid sm:grid-cols-[16rem_1fr] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words whitespace-pre-line">{children}</dd>
    </div>
  );
}

/** A privacy version is a date ("2026-11-01"); shown as one where it is. */
function versionText(version: string, locale: Locale): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(version) ? formatLongDate(new Date(`${version}T12:00:00Z`), locale) : version;
}

/**
 * "Alles, was wir über Sie gespeichert haben", for one registration: each stored field in plain
 * words (the download holds the same and the technical fields). Empty fields say so, so that the
 * person sees what we could hold, not only what we hold.
 */
export async function StoredData({ entry }: { entry: OverviewEntry }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("privacy.stored");
  const tStatus = await getTranslations("privacy.status");
  const { row, event } = entry;
  const none = t("none");
  const when = (d: Date | null) => (d ? formatDateTime(d, locale) : none);
  const answer = (v: string | string[] | boolean | undefined) => {
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return none;
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    return Array.isArray(v) ? v.join(", ") : v;
  };
  const supervision = event.format.isSupervision;
  const headingId = `gespeichert-${row.id}`;
  return (
    <section aria-labelledby={headingId} className="mb-6">
      <h3 id={headingId} className="mb-1 text-lg font-bold">
        {event.event.title}
      </h3>
      <dl>
        <Row label={t("status")}>{row.status === "waitlisted" ? tStatus("waitlisted", { position: entry.position ?? 1 }) : tStatus(row.status)}</Row>
        <Row label={t("firstName")}>{row.firstName}</Row>
        <Row label={t("lastName")}>{row.lastName}</Row>
        <Row label={t("email")}>{row.email ?? none}</Row>
        <Row label={t("phone")}>{row.phone ?? none}</Row>
        <Row label={t("initiative")}>{entry.initiativeName ?? row.initiativeOther ?? t("initiativeNone")}</Row>
        <Row label={t("accessibilityNeeds")}>{row.accessibilityNeeds ?? none}</Row>
        {entry.questions.map((q) => (
          <Row key={q.id} label={q.label}>
            {answer(row.answers[answerKey(q.id)])}
          </Row>
        ))}
        {supervision && <Row label={t("motivation")}>{row.motivation ?? none}</Row>}
        {supervision && <Row label={t("canAttendAll")}>{row.canAttendAll === null ? none : row.canAttendAll ? t("yes") : t("no")}</Row>}
        <Row label={t("consent")}>{row.consentVersion && row.consentAt ? t("consentValue", { version: versionText(row.consentVersion, locale), at: formatDateTime(row.consentAt, locale) }) : t("consentNone")}</Row>
        <Row label={t("source")}>{row.source === "staff" ? t("sourceStaff") : t("sourceOnline")}</Row>
        {row.officeNote && <Row label={t("officeNote")}>{row.officeNote}</Row>}
        <Row label={t("createdAt")}>{when(row.createdAt)}</Row>
        <Row label={t("updatedAt")}>{when(row.updatedAt)}</Row>
        {row.promotedAt && <Row label={t("promotedAt")}>{when(row.promotedAt)}</Row>}
        {row.cancelledAt && <Row label={t("cancelledAt")}>{when(row.cancelledAt)}</Row>}
        {row.checkedInAt && <Row label={t("checkedInAt")}>{when(row.checkedInAt)}</Row>}
        {entry.attendance.length > 0 && (
          <Row label={t("attendance")}>
            <ul>
              {entry.attendance.map((a) => (
                <li key={a.startsAt.toISOString()}>
                  {formatDateTime(a.startsAt, locale)}: {a.status === "present" ? t("present") : t("absent")}
                </li>
              ))}
            </ul>
          </Row>
        )}
        {entry.certificates.length > 0 && (
          <Row label={t("certificates")}>
            <ul>
              {entry.certificates.map((c) => (
                <li key={c.issuedAt.toISOString()}>{c.status === "valid" ? t("certificateValid", { date: formatDateTime(c.issuedAt, locale) }) : t("certificateEnded", { date: formatDateTime(c.issuedAt, locale) })}</li>
              ))}
            </ul>
          </Row>
        )}
        <Row label={t("feedbackGiven")}>
          {row.feedbackGiven ? t("yes") : t("no")}
          {row.feedbackGiven && <span className="block text-sm text-muted">{t("feedbackNote")}</span>}
        </Row>
      </dl>
    </section>
  );
}
