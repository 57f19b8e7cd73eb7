/**
 * What a certificate of attendance states: the same facts on the PDF, on the verification page and
 * in the mail. Built by lib/certificates/queries.ts from the registration, the event and the
 * sessions the certificate covers; drawn by lib/certificates/pdf.ts.
 */
export type CertificateSession = { startsAt: Date; endsAt: Date };

export type CertificateFacts = {
  /** "Vorname Nachname" as registered. */
  personName: string;
  eventTitle: string;
  /** The event's format ("Workshop", "Fortbildung", "Gruppensupervision", …). */
  formatName: string;
  /** Supervision groups: the certificate names neither dates nor other members, only counts and hours. */
  isSupervision: boolean;
  topics: string[];
  /** The attended sessions, in date order (UTC instants; shown in Europe/Berlin). */
  sessions: CertificateSession[];
  /** How many sessions the event had. */
  sessionsTotal: number;
  /** Sum of the attended sessions' durations. */
  minutesAttended: number;
  /** The partner organisation that ran the event. */
  providerName: string;
  issuedAt: Date;
  /** The verification code as printed, in groups: "K7QM-3XRT-…". */
  code: string;
  /** Where anyone can check the certificate: `${PUBLIC_URL}/bescheinigung/<code>`. */
  verifyUrl: string;
};
