import { translator } from "@/lib/i18n/translator";
import type { RegistrationStatus } from "@/db/schema/registrations";

const t = translator("de", "internParticipants");

/** "Bestätigt", "Warteliste, Platz 2", "Abgemeldet", … */
export function statusLabel(status: RegistrationStatus, position: number | null): string {
  if (status === "waitlisted" && position) return t("status.waitlistedAt", { position: String(position) });
  return t(`status.${status}`);
}
