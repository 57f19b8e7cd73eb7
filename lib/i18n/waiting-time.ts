import { translator } from "./translator";
import type { Locale } from "./locales";

/** "1 Sekunde", "40 Sekunden", "3 Minuten": how long someone must wait, rounded up. */
export function waitingTime(seconds: number, locale: Locale = "de"): string {
  const t = translator(locale, "common");
  const s = Math.max(1, Math.ceil(seconds));
  // Counts as text: the catalogue's number format would not change them, but this keeps them as before.
  if (s < 60) return s === 1 ? t("waitingTime.second") : t("waitingTime.seconds", { count: String(s) });
  const minutes = Math.ceil(s / 60);
  return minutes === 1 ? t("waitingTime.minute") : t("waitingTime.minutes", { count: String(minutes) });
}
