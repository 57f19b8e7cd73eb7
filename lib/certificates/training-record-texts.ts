import { city } from "@/lib/config/city";
import { absoluteUrl } from "@/lib/config/env";
import { startOfLocalDay } from "@/lib/dates/berlin";
import { formatLongDate, formatNumericDate } from "@/lib/dates/format";
import { fillMessage } from "@/lib/i18n/fill-message";
import messages from "@/messages/de/training-record.json";
import certificatePdf from "@/messages/de/certificate-pdf.json";
import type { CertificateFacts } from "./facts";
import { formatHours } from "./hours";
import { verifyFormPath } from "./paths";
import type { TrainingRecord } from "./training-record";

const m = messages.pdf;

/** One training of the record: what the left column says, its hours on the right. */
export type TrainingLine = { title: string; details: string; dates: string; code: string; hours: string };

/** Every word the training record's PDF prints, in reading order; pure, so it is tested without a PDF. */
export type TrainingRecordTexts = {
  documentTitle: string;
  letterhead: { owner: string; programme: string };
  heading: string;
  personName: string;
  intro: string;
  columns: { training: string; hours: string };
  lines: TrainingLine[];
  total: { label: string; hours: string };
  placeAndDate: string;
  machineMade: string;
  /** The note how to verify, split around the address (drawn as a link). */
  verify: { before: string; url: string; after: string };
  funding: string;
  continuedFor: string;
  continuedNext: string;
  pageOf: (page: number, pages: number) => string;
};

export function trainingRecordTexts(record: TrainingRecord): TrainingRecordTexts {
  const count = record.trainings.length;
  const [before, after = ""] = m.verifyNote.split("{url}");
  return {
    documentTitle: fillMessage(m.documentTitle, { name: record.personName }),
    letterhead: { owner: city.office.name, programme: city.programmeName },
    heading: m.heading,
    personName: record.personName,
    intro: fillMessage(m.intro, {
      programme: city.programmeName,
      from: formatLongDate(startOfLocalDay(record.period.from)),
      to: formatLongDate(startOfLocalDay(record.period.to)),
    }),
    columns: { training: m.columnTraining, hours: m.columnHours },
    lines: record.trainings.map(trainingLine),
    total: { label: count === 1 ? m.totalOne : fillMessage(m.totalMany, { count }), hours: formatHours(record.minutesTotal) },
    placeAndDate: fillMessage(m.placeAndDate, { place: city.name, date: formatLongDate(record.issuedAt) }),
    machineMade: m.machineMade,
    verify: { before, url: absoluteUrl(verifyFormPath), after },
    funding: city.funding,
    continuedFor: fillMessage(m.continuedFor, { name: record.personName }),
    continuedNext: m.continuedNext,
    pageOf: (page, pages) => fillMessage(m.pageOf, { page, pages }),
  };
}

/** The attended days once each ("03.11.2026, 10.11.2026"); two sessions on one day are one date. */
export function attendedDays(facts: CertificateFacts): string[] {
  return [...new Set(facts.sessions.map((s) => formatNumericDate(s.startsAt)))];
}

/**
 * Supervision groups keep the rule of their certificate: the count of sessions, never the dates
 * (they would tell when a confidential group meets).
 */
export function datesText(facts: CertificateFacts): string {
  const count = facts.sessions.length;
  if (facts.isSupervision) {
    return count === 1 ? certificatePdf.supervisionSessionsOne : fillMessage(certificatePdf.supervisionSessionsMany, { count });
  }
  const dates = attendedDays(facts).join(", ");
  if (count < facts.sessionsTotal) return fillMessage(m.datesPartial, { count, total: facts.sessionsTotal, dates });
  return fillMessage(count === 1 ? m.datesOne : m.datesMany, { dates });
}

function trainingLine(facts: CertificateFacts): TrainingLine {
  return {
    title: facts.eventTitle,
    details: `${facts.formatName} · ${certificatePdf.labelProvider} ${facts.providerName}`,
    dates: datesText(facts),
    code: fillMessage(certificatePdf.verifyCode, { code: facts.code }),
    hours: formatHours(facts.minutesAttended),
  };
}
