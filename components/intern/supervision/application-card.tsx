import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates/format";
import type { Application } from "@/lib/supervision/applications-query";
import { ApplicationDecisions } from "./application-decisions";

/** One application: contact, initiative, whether the person can attend all dates, the text, and the decisions. */
export async function ApplicationCard({ eventId, application: a, full }: { eventId: number; application: Application; full: boolean }) {
  const t = await getTranslations("internSupervision.applications");
  const attendAll = a.canAttendAll == null ? t("unknown") : a.canAttendAll ? t("yes") : t("no");
  const status = a.position ? t("position", { position: a.position }) : a.status === "declined" ? t("statusDeclined") : a.status === "cancelled" ? t("statusCancelled") : null;
  const row = (label: string, value: string) => (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words">{value}</dd>
    </>
  );
  return (
    <li id={`bewerbung-${a.id}`} className="mb-4 border-l-4 border-ink bg-soft p-4">
      <h3 className="text-lg font-bold">{`${a.firstName} ${a.lastName}`}</h3>
      {status && <p className="font-semibold">{status}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4">
        {row(t("email"), a.email ?? "–")}
        {row(t("phone"), a.phone ?? "–")}
        {row(t("initiative"), a.initiative ?? "–")}
        {row(t("canAttendAll"), attendAll)}
        {row(t("appliedAt"), formatDateTime(a.appliedAt))}
      </dl>
      <h4 className="mt-3 font-semibold">{t("motivation")}</h4>
      {a.motivation ? <p className="whitespace-pre-line">{a.motivation}</p> : <p className="text-muted">{t("noMotivation")}</p>}
      <ApplicationDecisions eventId={eventId} application={a} full={full} />
    </li>
  );
}
