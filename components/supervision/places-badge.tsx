import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/dates/format";
import type { PublicEvent } from "@/lib/events/public-queries";
import { applicationWindowState, placesOpen } from "@/lib/supervision/public-rules";

/** Whether one can join a group now, in words (never colour alone). */
export async function PlacesBadge({ group, now }: { group: PublicEvent; now: Date }) {
  const t = await getTranslations("supervision.places");
  const base = "inline-block rounded border px-2 py-0.5 text-sm font-semibold";
  const state = applicationWindowState(group.event, now);
  if (state === "cancelled") return <span className={`${base} border-ink bg-ink text-white`}>{t("cancelled")}</span>;
  if (placesOpen(group.event, group.seatsTaken, now)) return <span className={`${base} border-ok text-ok`}>{t("open")}</span>;
  if (state === "open") return <span className={`${base} border-accent text-accent`}>{t("full")}</span>;
  if (state === "not_yet_open" && group.event.registrationOpensAt) {
    return <span className={`${base} border-line`}>{t("notYetOpen", { date: formatDateTime(group.event.registrationOpensAt) })}</span>;
  }
  return <span className={`${base} border-line text-muted`}>{t("closed")}</span>;
}
