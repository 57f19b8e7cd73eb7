import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ParticipantFilterForm } from "@/components/intern/participants/participant-filter";
import { ParticipantNotice } from "@/components/intern/participants/notice";
import { ParticipantTable } from "@/components/intern/participants/participant-table";
import { ParticipantsHeading } from "@/components/intern/participants/participants-heading";
import { orNotFound } from "@/components/intern/participants/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { participantFilterSchema } from "@/lib/participants/filter";
import { attendancePath } from "@/lib/attendance/paths";
import { eventCertificatesPath } from "@/lib/certificates/paths";
import { checkInPath, participantsPath } from "@/lib/participants/paths";
import { listParticipants } from "@/lib/participants/queries";

export const metadata: Metadata = { title: "Teilnehmende – Interner Bereich" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ParticipantsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor(participantsPath(Number(id)));
  const filter = participantFilterSchema.parse(query);
  const list = await orNotFound(listParticipants(actor, Number(id), filter));
  const t = await getTranslations("internParticipants.list");
  const base = participantsPath(list.event.id);
  const link = "inline-flex min-h-11 items-center font-semibold";
  return (
    <div>
      <ParticipantsHeading title={t("title")} event={list.event} seats={list.seats} />
      <ParticipantNotice notice={typeof query.hinweis === "string" ? query.hinweis : undefined} count={typeof query.anzahl === "string" ? query.anzahl : undefined} />
      <div className="mb-6 grid gap-4 md:grid-cols-2">
        <nav aria-labelledby="aufgaben">
          <h2 id="aufgaben" className="text-lg font-bold">{t("actionsHeading")}</h2>
          <ul>
            <li><Link href={`${base}/neu`} className={link}>{t("add")}</Link></li>
            <li><Link href={checkInPath(list.event.id)} className={link}>{t("checkIn")}</Link></li>
            <li><Link href={attendancePath(list.event.id)} className={link}>{t("attendance")}</Link></li>
            <li><Link href={`${base}/nachricht`} className={link}>{t("message")}</Link></li>
          </ul>
        </nav>
        <nav aria-labelledby="listen">
          <h2 id="listen" className="text-lg font-bold">{t("exportsHeading")}</h2>
          <ul>
            <li><a href={`${base}/export.csv`} className={link} download>{t("exportCsv")}</a></li>
            <li><a href={`${base}/export.xlsx`} className={link} download>{t("exportXlsx")}</a></li>
            <li><Link href={`${base}/unterschriften`} className={link}>{t("signatureSheet")}</Link></li>
            {list.event.attendanceClosedAt && <li><a href={eventCertificatesPath(list.event.id)} className={link}>{t("certificates")}</a></li>}
          </ul>
        </nav>
      </div>
      <ParticipantFilterForm action={base} filter={filter} />
      <p role="status" className="mb-2 font-semibold">{t("resultCount", { count: list.participants.length })}</p>
      {list.participants.length > 0 && <ParticipantTable eventId={list.event.id} eventTitle={list.event.title} participants={list.participants} />}
    </div>
  );
}
