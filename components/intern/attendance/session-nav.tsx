import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatTimeRange } from "@/lib/dates/format";
import type { AttendanceSession } from "@/lib/attendance/queries";
import { attendancePath } from "@/lib/attendance/paths";

/** The group's sessions as links; the chosen one is marked for screen readers and by weight. */
export async function AttendanceSessionNav({ eventId, sessions, currentId }: { eventId: number; sessions: AttendanceSession[]; currentId: number }) {
  const t = await getTranslations("internAttendance");
  return (
    <nav aria-labelledby="termine-heading" className="mb-6">
      <h2 id="termine-heading" className="mb-2 text-xl font-bold">{t("sessionsHeading")}</h2>
      <ul className="space-y-1">
        {sessions.map((s) => {
          const current = s.id === currentId;
          return (
            <li key={s.id}>
              <Link href={attendancePath(eventId, s.id)} aria-current={current ? "page" : undefined} className={`inline-flex min-h-11 items-center ${current ? "font-bold" : ""}`}>
                {t("sessionLink", { number: s.number, date: formatTimeRange(s.startsAt, s.endsAt) })}
                {current && <span className="ml-1">{t("currentSession")}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
