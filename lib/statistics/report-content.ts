import { fillMessage } from "@/lib/i18n/fill-message";
import messages from "@/messages/de/statistics.json";
import type { Statistics } from "./types";

/**
 * What the XLSX and the PDF of the funding report share: the options, the scope lines, the list of
 * summary figures (one order, one set of labels) and the clean-up of free texts.
 */
const r = messages.report;

export type ReportOptions = {
  /** Free-text feedback, only when the office ticked "Freitext-Rückmeldungen aufnehmen". */
  comments?: string[];
  /** Names of what the filter chose (the Statistics object holds only ids). */
  labels?: { organisation?: string | null; format?: string | null; topic?: string | null };
  /** When the report was made (a parameter, so that tests do not depend on today). */
  generatedAt?: Date;
};

export type FigureKind = "count" | "hours" | "rate" | "average";
export type Figure = { label: string; value: number | null; kind: FigureKind };

/** The organisation the figures cover, or "Alle Träger". */
export function organisationLabel(stats: Statistics, options: ReportOptions): string {
  return options.labels?.organisation ?? stats.organisationName ?? r.allOrganisations;
}

/** The headline figures in the order the report shows them; supervision groups separately. */
export function summaryFigures(stats: Statistics): { main: Figure[]; supervision: Figure[] } {
  const t = stats.totals;
  const f = r.figures;
  const s = stats.supervision;
  return {
    main: [
      { label: f.eventsHeld, value: t.eventsHeld, kind: "count" },
      { label: f.eventsPlanned, value: t.eventsPlanned, kind: "count" },
      { label: f.eventsCancelled, value: t.eventsCancelled, kind: "count" },
      { label: f.sessions, value: t.sessions, kind: "count" },
      { label: f.hoursOffered, value: t.hoursOffered, kind: "hours" },
      { label: f.seatsOffered, value: t.seatsOffered, kind: "count" },
      { label: f.registrations, value: t.registrations, kind: "count" },
      { label: f.confirmed, value: t.confirmed, kind: "count" },
      { label: f.stillWaiting, value: t.stillWaiting, kind: "count" },
      { label: f.fillRate, value: t.fillRate, kind: "rate" },
      { label: f.attended, value: t.attended, kind: "count" },
      { label: f.noShowRate, value: t.noShowRate, kind: "rate" },
      { label: f.participantHours, value: t.participantHours, kind: "hours" },
      { label: f.distinctVolunteers, value: t.distinctVolunteers, kind: "count" },
      { label: f.firstTimeVolunteers, value: t.firstTimeVolunteers, kind: "count" },
      { label: f.initiativesReached, value: t.initiativesReached, kind: "count" },
      { label: f.initiativesListed, value: t.initiativesListed, kind: "count" },
      { label: f.certificatesIssued, value: t.certificatesIssued, kind: "count" },
      { label: f.feedbackAnswers, value: t.feedback.answers, kind: "count" },
      { label: f.overallAverage, value: t.feedback.overallAverage, kind: "average" },
      { label: f.helpfulAverage, value: t.feedback.helpfulAverage, kind: "average" },
      { label: f.recommendShare, value: t.feedback.recommendShare, kind: "rate" },
    ],
    supervision: [
      { label: f.supervisionGroups, value: s.groups, kind: "count" },
      { label: f.supervisionSessions, value: s.sessions, kind: "count" },
      { label: f.supervisionMembers, value: s.members, kind: "count" },
      { label: f.supervisionAttendance, value: s.possibleMarks > 0 ? s.presentMarks / s.possibleMarks : null, kind: "rate" },
    ],
  };
}

/** True when the period holds nothing at all: the report then says so instead of showing bare zeros. */
export function isEmpty(stats: Statistics): boolean {
  const t = stats.totals;
  return t.eventsHeld + t.eventsPlanned + t.eventsCancelled === 0 && stats.supervision.groups === 0;
}

const EMAIL = /[^\s@<>()[\]]+@[^\s@<>()[\]]+/g;

/**
 * A free text as the report prints it: trimmed, and without e-mail addresses (a person may have
 * written their own or someone else's; the report carries no personal data of that kind).
 */
export function redactComment(text: string): string {
  return text.trim().replace(EMAIL, r.feedback.redacted);
}

/** The file name: "Verwendungsnachweis-2026.xlsx", "Verwendungsnachweis-2026-Q2.pdf", … (ASCII only). */
export function reportFileName(stats: Statistics, extension: "xlsx" | "pdf"): string {
  const p = stats.filter.period.params;
  const period = p.von || p.bis ? `${p.von ?? p.bis}_${p.bis ?? p.von}` : p.monat ? p.monat : p.quartal ? `${p.jahr}-Q${p.quartal}` : (p.jahr ?? "Zeitraum");
  return `${fillMessage(r.fileName, { period })}.${extension}`.replace(/[^A-Za-z0-9._-]/g, "-");
}
