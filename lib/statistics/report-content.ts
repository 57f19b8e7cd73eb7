import { translator } from "@/lib/i18n/translator";
import type { Statistics } from "./types";

/**
 * What the XLSX and the PDF of the funding report share: the options, the scope lines, the list of
 * summary figures (one order, one set of labels) and the clean-up of free texts.
 */
const statisticsText = translator("de", "statistics");

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
  return options.labels?.organisation ?? stats.organisationName ?? statisticsText("report.allOrganisations");
}

/** The headline figures in the order the report shows them; supervision groups separately. */
export function summaryFigures(stats: Statistics): { main: Figure[]; supervision: Figure[] } {
  const t = stats.totals;
  const s = stats.supervision;
  return {
    main: [
      { label: statisticsText("report.figures.eventsHeld"), value: t.eventsHeld, kind: "count" },
      { label: statisticsText("report.figures.eventsPlanned"), value: t.eventsPlanned, kind: "count" },
      { label: statisticsText("report.figures.eventsCancelled"), value: t.eventsCancelled, kind: "count" },
      { label: statisticsText("report.figures.sessions"), value: t.sessions, kind: "count" },
      { label: statisticsText("report.figures.hoursOffered"), value: t.hoursOffered, kind: "hours" },
      { label: statisticsText("report.figures.seatsOffered"), value: t.seatsOffered, kind: "count" },
      { label: statisticsText("report.figures.registrations"), value: t.registrations, kind: "count" },
      { label: statisticsText("report.figures.confirmed"), value: t.confirmed, kind: "count" },
      { label: statisticsText("report.figures.stillWaiting"), value: t.stillWaiting, kind: "count" },
      { label: statisticsText("report.figures.fillRate"), value: t.fillRate, kind: "rate" },
      { label: statisticsText("report.figures.attended"), value: t.attended, kind: "count" },
      { label: statisticsText("report.figures.noShowRate"), value: t.noShowRate, kind: "rate" },
      { label: statisticsText("report.figures.participantHours"), value: t.participantHours, kind: "hours" },
      { label: statisticsText("report.figures.distinctVolunteers"), value: t.distinctVolunteers, kind: "count" },
      { label: statisticsText("report.figures.firstTimeVolunteers"), value: t.firstTimeVolunteers, kind: "count" },
      { label: statisticsText("report.figures.initiativesReached"), value: t.initiativesReached, kind: "count" },
      { label: statisticsText("report.figures.initiativesListed"), value: t.initiativesListed, kind: "count" },
      { label: statisticsText("report.figures.certificatesIssued"), value: t.certificatesIssued, kind: "count" },
      { label: statisticsText("report.figures.feedbackAnswers"), value: t.feedback.answers, kind: "count" },
      { label: statisticsText("report.figures.overallAverage"), value: t.feedback.overallAverage, kind: "average" },
      { label: statisticsText("report.figures.helpfulAverage"), value: t.feedback.helpfulAverage, kind: "average" },
      { label: statisticsText("report.figures.recommendShare"), value: t.feedback.recommendShare, kind: "rate" },
    ],
    supervision: [
      { label: statisticsText("report.figures.supervisionGroups"), value: s.groups, kind: "count" },
      { label: statisticsText("report.figures.supervisionSessions"), value: s.sessions, kind: "count" },
      { label: statisticsText("report.figures.supervisionMembers"), value: s.members, kind: "count" },
      { label: statisticsText("report.figures.supervisionAttendance"), value: s.possibleMarks > 0 ? s.presentMarks / s.possibleMarks : null, kind: "rate" },
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
  return text.trim().replace(EMAIL, statisticsText("report.feedback.redacted"));
}

/** The file name: "Verwendungsnachweis-2026.xlsx", "Verwendungsnachweis-2026-Q2.pdf", … (ASCII only). */
export function reportFileName(stats: Statistics, extension: "xlsx" | "pdf"): string {
  const p = stats.filter.period.params;
  const period = p.von || p.bis ? `${p.von ?? p.bis}_${p.bis ?? p.von}` : p.monat ? p.monat : p.quartal ? `${p.jahr}-Q${p.quartal}` : (p.jahr ?? "Zeitraum");
  return `${statisticsText("report.fileName", { period })}.${extension}`.replace(/[^A-Za-z0-9._-]/g, "-");
}
