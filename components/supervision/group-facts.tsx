import { getLocale, getTranslations } from "next-intl/server";
import { eventPlace } from "@/components/events/event-place";
import { SeatBadge } from "@/components/events/seat-badge";
import { formatDateTime, formatTimeRange } from "@/lib/dates/format";
import type { PublicEvent } from "@/lib/events/public-queries";
import { applicationDeadline } from "@/lib/supervision/public-rules";
import { FactRow } from "./fact-row";

/**
 * The facts of a supervision group: supervisor, who it is for, every session (Europe/Berlin),
 * place, size, deadline and whether places are open. `full` adds the address and the organiser.
 */
export async function GroupFacts({ group, now, full = false }: { group: PublicEvent; now: Date; full?: boolean }) {
  const t = await getTranslations("supervision.facts");
  const tEntry = await getTranslations("calendar.entry");
  const e = group.event;
  const locale = await getLocale();
  // The office's and organisers' words are German: marked on English pages.
  const de = locale === "de" ? undefined : "de";
  const place = eventPlace({ attendanceMode: e.attendanceMode, venueName: group.venue?.name ?? null, venueCity: group.venue?.city ?? null }, { online: tEntry("online"), hybrid: (p) => tEntry("hybrid", { place: p }) });
  return (
    <dl className="mb-6">
      {e.trainer && <FactRow label={t("supervisor")}>{e.trainer}</FactRow>}
      {e.targetGroup && (
        <FactRow label={t("targetGroup")}>
          <span lang={de}>{e.targetGroup}</span>
        </FactRow>
      )}
      <FactRow label={t("sessions")}>
        <ol className="list-decimal pl-6">
          {group.sessions.map((s) => (
            <li key={s.id}>
              <time dateTime={s.startsAt.toISOString()}>{formatTimeRange(s.startsAt, s.endsAt, locale)}</time>
            </li>
          ))}
        </ol>
      </FactRow>
      <FactRow label={t("place")}>
        <p>{place}</p>
        {full && group.venue && e.attendanceMode !== "online" && (
          <>
            <p>{`${group.venue.street}, ${group.venue.postalCode} ${group.venue.city}`}</p>
            <p className="font-semibold">{group.venue.stepFree ? t("stepFree") : t("notStepFree")}</p>
            {group.venue.accessibilityNotes && <p lang={de}>{group.venue.accessibilityNotes}</p>}
          </>
        )}
      </FactRow>
      {full && <FactRow label={t("organiser")}>{group.organisation.name}</FactRow>}
      <FactRow label={t("size")}>{t("sizeValue", { capacity: e.capacity })}</FactRow>
      {e.registrationOpensAt && e.registrationOpensAt > now && <FactRow label={t("opensAt")}>{formatDateTime(e.registrationOpensAt, locale)}</FactRow>}
      <FactRow label={t("deadline")}>{formatDateTime(applicationDeadline(e), locale)}</FactRow>
      {/* On the group's own page (`full`) the badge is in the first screen (RegisterCall). */}
      {!full && (
        <FactRow label={t("places")}>
          <SeatBadge event={e} seatsTaken={group.seatsTaken} now={now} supervision />
        </FactRow>
      )}
      {full && <FactRow label={t("cost")}>{t("free")}</FactRow>}
    </dl>
  );
}
