import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime, formatListedDates } from "@/lib/dates/format";
import { seatBadge, type SeatBadgeFacts } from "@/lib/events/seat-badge";
import { SeatBadge } from "./seat-badge";

type Sessions = { startsAt: Date; endsAt: Date }[];

/**
 * The first screen of an event's or supervision group's page, below the title: when, the seat badge
 * and, while one can register, a prominent link to the form further down with the deadline. Closed,
 * full and not-yet-open states speak through the badge (one function decides it on every page); the
 * facts follow below. `texts` is the namespace with cta, ctaWaitlist and deadline (event or group).
 */
export async function RegisterCall({
  event,
  sessions,
  seatsTaken,
  now,
  supervision,
  deadline,
  anchor,
  texts,
}: {
  event: SeatBadgeFacts;
  sessions: Sessions;
  seatsTaken: number;
  now: Date;
  supervision: boolean;
  deadline: Date;
  anchor: string;
  texts: "event.registerCall" | "supervision.registerCall";
}) {
  const t = await getTranslations(texts);
  const tEntry = await getTranslations("calendar.entry");
  const locale = await getLocale();
  const badge = seatBadge(event, seatsTaken, now, { supervision });
  const canRegister = badge.kind === "free" || badge.kind === "few" || badge.kind === "full";
  const first = sessions[0] ?? event;
  const last = sessions[sessions.length - 1] ?? event;
  const dates = formatListedDates({ startsAt: first.startsAt, endsAt: last.endsAt, sessionCount: sessions.length }, (values) => tEntry("sessions", values), locale);
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-6" data-testid="register-call">
      <p className="text-lg font-semibold sm:basis-full">
        <time dateTime={first.startsAt.toISOString()}>{dates}</time>
      </p>
      <p>
        <SeatBadge event={event} seatsTaken={seatsTaken} now={now} supervision={supervision} />
      </p>
      {canRegister && (
        <>
          <p>
            <a href={`#${anchor}`} className="btn">
              {badge.kind === "full" ? t("ctaWaitlist") : t("cta")}
            </a>
          </p>
          <p className="text-sm">{t("deadline", { date: formatDateTime(deadline, locale) })}</p>
        </>
      )}
    </div>
  );
}
