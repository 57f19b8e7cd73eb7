import { getTranslations } from "next-intl/server";
import { closeAttendanceAction, reopenAttendanceAction } from "@/app/intern/veranstaltungen/[id]/anwesenheit/actions";
import type { AttendanceFigures } from "@/lib/attendance/queries";
import { eventCertificatesPath } from "@/lib/certificates/paths";
import { formatDateTime } from "@/lib/dates/format";

/**
 * Closing attendance (which issues certificates and asks for feedback) and reopening it to correct a
 * mark. States the rule and how many people it gives a certificate now, before anyone presses.
 */
export async function AttendanceCloseSection({ figures, now }: { figures: AttendanceFigures; now: Date }) {
  const t = await getTranslations("internAttendance");
  const { event, members, sessions } = figures;
  const entitled = members.filter((m) => m.entitled).length;
  const issued = members.filter((m) => m.certificateId !== null).length;
  const over = event.endsAt.getTime() <= now.getTime();
  const held = event.status === "published" && sessions.length > 0;
  const button = "btn min-h-11";
  if (event.attendanceClosedAt) {
    return (
      <section aria-labelledby="abschluss-heading" className="mt-10 border-l-8 border-ok bg-soft p-4">
        <h2 id="abschluss-heading" className="text-2xl font-bold">{t("closed.heading")}</h2>
        <p className="my-2">{t("closed.text", { date: formatDateTime(event.attendanceClosedAt), count: issued })}</p>
        {issued > 0 && (
          <p className="my-3">
            <a href={eventCertificatesPath(event.id)} className="inline-flex min-h-11 items-center font-semibold">{t("closed.downloadAll")}</a>
          </p>
        )}
        <p className="my-2">{t("closed.reopenExplain")}</p>
        <form action={reopenAttendanceAction}>
          <input type="hidden" name="eventId" value={event.id} />
          <button type="submit" className="btn-secondary min-h-11">{t("closed.reopen")}</button>
        </form>
      </section>
    );
  }
  return (
    <section aria-labelledby="abschluss-heading" className="mt-10 border-l-8 border-line bg-soft p-4">
      <h2 id="abschluss-heading" className="text-2xl font-bold">{t("close.heading")}</h2>
      <p className="my-2">
        {sessions.length > 1
          ? t("close.ruleMany", { needed: event.sessionsNeeded, total: sessions.length, percent: event.thresholdPercent })
          : t("close.ruleSingle")}
      </p>
      <p className="my-2 font-semibold">{t("close.preview", { entitled, total: members.length })}</p>
      <p className="my-2">{t("close.explain")}</p>
      {!held ? (
        <p className="my-2">{t("close.notHeld")}</p>
      ) : !over ? (
        <p className="my-2">{t("close.notOver", { date: formatDateTime(event.endsAt) })}</p>
      ) : (
        <form action={closeAttendanceAction}>
          <input type="hidden" name="eventId" value={event.id} />
          <button type="submit" className={button}>{t("close.submit")}</button>
        </form>
      )}
    </section>
  );
}
