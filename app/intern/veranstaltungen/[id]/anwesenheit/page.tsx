import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/intern/participants/or-not-found";
import { AttendanceCard } from "@/components/intern/attendance/card";
import { AttendanceCloseSection } from "@/components/intern/attendance/close-section";
import { AttendanceNotice } from "@/components/intern/attendance/notice";
import { AttendanceOverview } from "@/components/intern/attendance/overview";
import { AttendanceSessionNav } from "@/components/intern/attendance/session-nav";
import { requireActor } from "@/lib/auth/session";
import { formatTimeRange } from "@/lib/dates/format";
import { attendanceFigures, chooseSession } from "@/lib/attendance/queries";
import { attendancePath } from "@/lib/attendance/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("internAttendance"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Attendance of an event, per session: pick a session, mark each person present or absent with
 * large buttons (made for a phone), the overview across all sessions below, and closing the
 * attendance, which issues the certificates.
 */
export default async function AttendancePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor(attendancePath(Number(id)));
  const figures = await orNotFound(attendanceFigures(actor, Number(id)));
  const t = await getTranslations("internAttendance");
  const now = new Date();
  const session = chooseSession(figures.sessions, Number(query.termin) || undefined, now);
  const closed = figures.event.attendanceClosedAt !== null;
  const eventId = figures.event.id;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2">
        <Link href={`/intern/veranstaltungen/${eventId}`} className="inline-flex min-h-11 items-center">{t("backToEvent")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-xl font-semibold">{figures.event.title}</p>
      <AttendanceNotice notice={typeof query.hinweis === "string" ? query.hinweis : undefined} />
      {!session ? (
        <p>{t("noSessions")}</p>
      ) : (
        <>
          <AttendanceSessionNav eventId={eventId} sessions={figures.sessions} currentId={session.id} />
          <section aria-labelledby="termin-heading">
            <h2 id="termin-heading" className="text-2xl font-bold">
              {t("sessionHeading", { number: session.number, total: figures.sessions.length, date: formatTimeRange(session.startsAt, session.endsAt) })}
            </h2>
            <p className="my-3 text-xl font-bold" aria-live="polite">
              {t("sessionCount", { present: session.present, absent: session.absent, total: figures.members.length })}
            </p>
            {figures.members.length === 0 ? (
              <p>{t("noMembers")}</p>
            ) : (
              <ul aria-label={t("membersLabel")} className="space-y-3">
                {figures.members.map((m) => (
                  <AttendanceCard key={m.registrationId} eventId={eventId} sessionId={session.id} registrationId={m.registrationId} name={`${m.firstName} ${m.lastName}`} status={m.marks[session.id]} locked={closed} />
                ))}
              </ul>
            )}
          </section>
          <AttendanceOverview figures={figures} />
          <AttendanceCloseSection figures={figures} now={now} />
        </>
      )}
    </div>
  );
}
