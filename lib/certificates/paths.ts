import { absoluteUrl } from "@/lib/config/env";
import { formatCode } from "./code-format";

/** The page with the field to type a code from paper. */
export const verifyFormPath = "/bescheinigung";

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

/** "Meine Daten" (the person's own overview, reached through a mailed link; built with issue 13). */
export const selfServicePath = "/meine-daten";

/** "Mein Fortbildungsnachweis": the page with the period form, and its PDF for a period ("von=…&bis=…"). */
export const trainingRecordPath = `${selfServicePath}/nachweis`;

export function trainingRecordPdfPath(query: string): string {
  return `${trainingRecordPath}/fortbildungsnachweis.pdf?${query}`;
}
