import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/dates/format";
import type { AttendanceFigures } from "@/lib/attendance/queries";
import { eventCertificatesPath } from "@/lib/certificates/paths";

/**
 * Members × sessions: ✓ present, – absent, empty = not recorded (each with words for screen
 * readers), the total per member ("3 von 5", hours) and per session. The table scrolls sideways
 * inside its own focusable region on a phone.
 */
export async function AttendanceOverview({ figures }: { figures: AttendanceFigures }) {
  const t = await getTranslations("internAttendance.overview");
  const th = "border-b-2 border-ink px-2 py-2 text-left align-bottom";
  const td = "border-b border-line px-2 py-2 text-center align-top";
  const mark = (status: "present" | "absent" | null) =>
    status === null ? <span className="sr-only">{t("none")}</span> : (
      <>
        <span aria-hidden="true">{status === "present" ? "✓" : "–"}</span>
        <span className="sr-only">{t(status)}</span>
      </>
    );
  return (
    <section aria-labelledby="uebersicht-heading" className="mt-10">
      <h2 id="uebersicht-heading" className="mb-2 text-2xl font-bold">{t("heading")}</h2>
      <p className="mb-2 text-muted">{t("legend")}</p>
      <div role="region" aria-labelledby="uebersicht-caption" tabIndex={0} className="overflow-x-auto">
        <table className="w-full border-collapse">
          <caption id="uebersicht-caption" className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>{t("member")}</th>
              {figures.sessions.map((s) => (
                <th key={s.id} scope="col" className={`${th} text-center`}>
                  {t("sessionColumn", { number: s.number })}
                  <span className="block text-sm font-normal">{formatDay(s.startsAt)}</span>
                </th>
              ))}
              <th scope="col" className={th}>{t("total")}</th>
              <th scope="col" className={th}>{t("certificate")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.members.map((m) => (
              <tr key={m.registrationId}>
                <th scope="row" className={`${td} text-left font-semibold`}>{`${m.firstName} ${m.lastName}`}</th>
                {figures.sessions.map((s) => (
                  <td key={s.id} className={td}>{mark(m.marks[s.id])}</td>
                ))}
                <td className={`${td} text-left whitespace-nowrap`} data-testid={`total-${m.registrationId}`}>
                  {t("personTotal", { attended: m.sessionsAttended, total: m.sessionsTotal })}
                  <span className="block text-sm text-muted">{t("hours", { hours: m.hoursAttended.toLocaleString("de-DE") })}</span>
                </td>
                <td className={`${td} text-left whitespace-nowrap`} data-testid={`certificate-${m.registrationId}`}>
                  {m.certificateId !== null ? (
                    <a href={eventCertificatesPath(figures.event.id, m.registrationId)} aria-label={t("certificatePdfFor", { name: `${m.firstName} ${m.lastName}` })} className="inline-flex min-h-11 items-center">
                      {t("certificatePdf")}
                    </a>
                  ) : (
                    t(m.entitled ? "certificateYes" : "certificateNo")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={`${td} text-left`}>{t("perSession")}</th>
              {figures.sessions.map((s) => (
                <td key={s.id} className={`${td} font-semibold`} data-testid={`session-total-${s.id}`}>
                  {t("personTotal", { attended: s.present, total: figures.members.length })}
                </td>
              ))}
              <td className={td} />
              <td className={td} />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
