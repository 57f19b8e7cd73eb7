import { city } from "@/lib/config/city";
import { formatLongDate, formatTimeRange } from "@/lib/dates/format";
import { fillMessage } from "@/lib/i18n/fill-message";
import messages from "@/messages/de/certificate-pdf.json";
import type { CertificateFacts } from "./facts";
import { formatHours } from "./hours";

const m = messages;

/** One line of the facts table: a label and its value (the value may hold a list of dates). */
export type CertificateRow = { label: string; value: string; list?: string[] };

/** Every word one certificate page prints, in reading order; pure, so it is tested without a PDF. */
export type CertificateTexts = {
  letterhead: { owner: string; programme: string };
  heading: string;
  continuedHeading: string;
  continuedFor: string;
  continuedNext: string;
  personName: string;
  intro: string;
  eventTitle: string;
  rows: CertificateRow[];
  placeAndDate: string;
  machineMade: string;
  /** "Die Echtheit … kann unter", the address, "geprüft werden." (the address is drawn as a link). */
  verify: { before: string; url: string; after: string };
  verifyCode: string;
  funding: string;
};

export function certificateTexts(cert: CertificateFacts): CertificateTexts {
  return {
    letterhead: { owner: city.office.name, programme: city.programmeName },
    heading: m.heading,
    continuedHeading: m.continuedHeading,
    continuedFor: fillMessage(m.continuedFor, { name: cert.personName }),
    continuedNext: m.continuedNext,
    personName: cert.personName,
    intro: fillMessage(m.intro, { programme: city.programmeName }),
    eventTitle: cert.eventTitle,
    rows: factRows(cert),
    placeAndDate: fillMessage(m.placeAndDate, { place: city.name, date: formatLongDate(cert.issuedAt) }),
    machineMade: m.machineMade,
    verify: verifySentence(cert.verifyUrl),
    verifyCode: fillMessage(m.verifyCode, { code: cert.code }),
    funding: city.funding,
  };
}

function factRows(cert: CertificateFacts): CertificateRow[] {
  const rows: CertificateRow[] = [{ label: m.labelFormat, value: cert.formatName }];
  if (cert.topics.length > 0) rows.push({ label: m.labelTopics, value: cert.topics.join(", ") });
  rows.push(participationRow(cert));
  rows.push({ label: m.labelHours, value: formatHours(cert.minutesAttended) });
  rows.push({ label: m.labelProvider, value: cert.providerName });
  return rows;
}

/**
 * Supervision groups: only the count (dates would tell when a confidential group meets). Other
 * events: every attended date, with "an x von y Terminen" when some were missed.
 */
function participationRow(cert: CertificateFacts): CertificateRow {
  const count = cert.sessions.length;
  if (cert.isSupervision) {
    const value = count === 1 ? m.supervisionSessionsOne : fillMessage(m.supervisionSessionsMany, { count });
    return { label: m.labelParticipation, value };
  }
  const list = cert.sessions.map((s) => formatTimeRange(s.startsAt, s.endsAt));
  const label = count === 1 ? m.sessionsHeadingOne : m.sessionsHeadingMany;
  if (count < cert.sessionsTotal) {
    return { label, value: fillMessage(m.sessionsPartial, { count, total: cert.sessionsTotal }), list };
  }
  return { label, value: "", list };
}

function verifySentence(url: string) {
  const [before, after = ""] = m.verifySentence.split("{url}");
  return { before, url, after };
}

export function documentTitle(certs: CertificateFacts[]): string {
  if (certs.length === 1) return fillMessage(m.documentTitleOne, { name: certs[0].personName });
  return fillMessage(m.documentTitleMany, { event: certs[0]?.eventTitle ?? "" });
}
