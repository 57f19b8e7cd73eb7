import { getLocale, getTranslations } from "next-intl/server";
import { seatBadge, seatBadgeMessage, type SeatBadgeFacts } from "@/lib/events/seat-badge";

const base = "inline-block rounded px-2 py-0.5 text-sm font-semibold border";
const look = {
  cancelled: "border-ink bg-ink text-white",
  past: "border-line text-muted",
  closed: "border-line text-muted",
  notYetOpen: "border-line",
  full: "border-accent text-accent",
  few: "border-warn text-warn",
  free: "border-ok text-ok",
} as const;

/**
 * The seat/registration badge of an event or supervision group, the same on every page (decided by
 * lib/events/seat-badge.ts): "Plätze frei", "Nur noch 3 Plätze" ("Only 3 places left"), "Ausgebucht – Warteliste",
 * "Anmeldung ab …", "Anmeldung geschlossen", "Abgesagt", "Vorbei". Text, not colour alone.
 */
export async function SeatBadge({ event, seatsTaken, now, supervision }: { event: SeatBadgeFacts; seatsTaken: number; now: Date; supervision: boolean }) {
  const t = await getTranslations("calendar.seats");
  const badge = seatBadge(event, seatsTaken, now, { supervision });
  const { key, values } = seatBadgeMessage(badge, await getLocale());
  return (
    <span className={`${base} ${look[badge.kind]}`} data-badge="seats">
      {t(key, values)}
    </span>
  );
}
