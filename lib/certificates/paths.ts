import { absoluteUrl } from "@/lib/config/env";
import { formatCode } from "./code-format";

/** The verification page of a code, as printed on the certificate. */
export function verifyPath(code: string): string {
  return `/bescheinigung/${formatCode(code)}`;
}

export function verifyUrl(code: string): string {
  return absoluteUrl(verifyPath(code));
}

/** The person's own certificate, reached with a manage-link token. */
export function certificatePdfUrl(token: string): string {
  return `/anmeldung/${token}/bescheinigung.pdf`;
}

/** All certificates of an event (one page each), or one person's, for the organiser. */
export function eventCertificatesPath(eventId: number, registrationId?: number): string {
  return `/intern/veranstaltungen/${eventId}/bescheinigungen.pdf${registrationId ? `?anmeldung=${registrationId}` : ""}`;
}
