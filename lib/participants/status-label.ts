import { fillMessage } from "@/lib/i18n/fill-message";
import messages from "@/messages/de/intern-participants.json";
import type { RegistrationStatus } from "@/db/schema/registrations";

/** "Bestätigt", "Warteliste, Platz 2", "Abgemeldet", … */
export function statusLabel(status: RegistrationStatus, position: number | null): string {
  if (status === "waitlisted" && position) return fillMessage(messages.status.waitlistedAt, { position });
  return messages.status[status];
}
