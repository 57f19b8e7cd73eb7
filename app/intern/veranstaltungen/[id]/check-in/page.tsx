import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CheckInCard } from "@/components/intern/participants/check-in-card";
import { ParticipantNotice } from "@/components/intern/participants/notice";
import { SubpageHeading } from "@/components/intern/participants/subpage-heading";
import { orNotFound } from "@/components/intern/participants/or-not-found";
import { redirect } from "next/navigation";
import { attendanceEventForActor } from "@/lib/attendance/access";
import { attendancePath } from "@/lib/attendance/paths";
import { requireActor } from "@/lib/auth/session";
import { participantFilterSchema } from "@/lib/participants/filter";
import { checkInPath } from "@/lib/participants/paths";
import { listSeatHolders } from "@/lib/participants/queries";

export const metadata: Metadata = { title: "Check-in – Interner Bereich" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Check-in on the day, made for a phone: counts at the top, a name search, big buttons per person. */
export default async function CheckInPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor(checkInPath(Number(id)));
  const { q } = participantFilterSchema.parse(query);
  const list = await orNotFound(listSeatHolders(actor, Number(id), q));
  // An event with several dates takes attendance per date, on the attendance page.
  const { sessions } = await attendanceEventForActor(actor, list.event.id);
  if (sessions.length > 1) redirect(attendancePath(list.event.id));
  const t = await getTranslations("internParticipants.checkIn");
  const path = checkInPath(list.event.id);
  const people = list.participants;
  return (
    <div className="mx-auto max-w-xl">
      <SubpageHeading eventId={list.event.id} backLabel={t("backToList")} title={t("title")} eventTitle={list.event.title} />
      {/* Stays in view while scrolling the list (the header scrolls away). */}
      <p className="sticky top-0 z-10 -mx-4 my-3 border-b-2 border-line bg-white px-4 py-2 text-2xl font-bold" aria-live="polite" data-testid="check-in-count">
        {t("count", { present: list.seats.attended, total: list.seats.taken })}
      </p>
      <ParticipantNotice notice={typeof query.hinweis === "string" ? query.hinweis : undefined} />
      <form method="get" action={path} role="search" className="mb-4 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="checkin-q" className="mb-1 block font-semibold">{t("search")}</label>
          <input id="checkin-q" name="q" type="search" defaultValue={q} autoComplete="off" className="field min-h-12 text-lg" />
        </div>
        <button type="submit" className="btn min-h-12">{t("searchSubmit")}</button>
        {q && <Link href={path} className="inline-flex min-h-12 items-center">{t("showAll")}</Link>}
      </form>
      {people.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-3">
          {people.map((p) => (
            <CheckInCard key={p.id} eventId={list.event.id} person={p} q={q} />
          ))}
        </ul>
      )}
    </div>
  );
}
