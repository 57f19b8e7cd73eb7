import { getTranslations } from "next-intl/server";
import { formatDateTime, formatTimeRange } from "@/lib/dates/format";
import type { EventDetail } from "@/lib/event-admin/detail";
import { DetailSection } from "./detail-section";

/** The facts of an event on its page in /intern, as a description list. */
export async function EventDetailFacts({ detail }: { detail: EventDetail }) {
  const t = await getTranslations("internWorkflow.detail");
  const { event, venue } = detail;
  const venueLines = venue ? [venue.name, venue.room, `${venue.street}, ${venue.postalCode} ${venue.city}`].filter(Boolean).join(", ") : "";
  const place = event.attendanceMode === "online" || !venue ? t("online") : event.attendanceMode === "hybrid" ? t("hybrid", { place: venueLines }) : venueLines;
  const rows: { label: string; value: React.ReactNode }[] = [
    { label: t("organisation"), value: detail.organisationName },
    { label: t("format"), value: detail.formatName },
    {
      label: t("sessions"),
      value: (
        <ul>
          {detail.sessions.map((s) => (
            <li key={s.id}>{formatTimeRange(s.startsAt, s.endsAt)}</li>
          ))}
        </ul>
      ),
    },
    { label: t("place"), value: place },
  ];
  if (event.attendanceMode !== "in_person" && event.onlineUrl) rows.push({ label: t("onlineLink"), value: <span className="break-all">{event.onlineUrl}</span> });
  rows.push(
    { label: t("seats"), value: t("seatsValue", { taken: detail.seatsTaken, capacity: event.capacity }) },
    { label: t("waiting"), value: t("waitingValue", { count: detail.waiting }) },
  );
  if (event.status === "published") rows.push({ label: t("registration"), value: event.registrationClosed ? t("registrationClosed") : t("registrationOpen") });
  if (event.submittedAt && event.status === "in_review") rows.push({ label: t("submittedAt"), value: formatDateTime(event.submittedAt) });
  if (event.publishedAt && event.status !== "draft") rows.push({ label: t("publishedAt"), value: formatDateTime(event.publishedAt) });

  return (
    <DetailSection id="angaben" title={t("factsHeading")}>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="mb-2 sm:mb-0">{row.value}</dd>
          </div>
        ))}
      </dl>
    </DetailSection>
  );
}
