import { getTranslations } from "next-intl/server";
import { seatAvailability } from "@/lib/events/rules";

/** "12 Plätze frei", "Nur noch wenige Plätze", "Ausgebucht – Warteliste", or "Abgesagt". Text, not colour alone. */
export async function SeatBadge({ capacity, taken, status, past }: { capacity: number; taken: number; status: string; past?: boolean }) {
  const t = await getTranslations("calendar.seats");
  const base = "inline-block rounded px-2 py-0.5 text-sm font-semibold border";
  if (status === "cancelled") return <span className={`${base} border-ink bg-ink text-white`}>{t("cancelled")}</span>;
  if (past) return <span className={`${base} border-line text-muted`}>{t("past")}</span>;
  const { left, state } = seatAvailability(capacity, taken);
  if (state === "full") return <span className={`${base} border-accent text-accent`}>{t("full")}</span>;
  if (state === "few") return <span className={`${base} border-warn text-warn`}>{t("few", { count: left })}</span>;
  return <span className={`${base} border-ok text-ok`}>{t("free", { count: left })}</span>;
}
