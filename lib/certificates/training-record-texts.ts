import { city } from "@/lib/config/city";
import { absoluteUrl } from "@/lib/config/env";
import { startOfLocalDay } from "@/lib/dates/berlin";
import { formatLongDate, formatNumericDate } from "@/lib/dates/format";
import { localePath } from "@/lib/i18n/locale-routing";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { CertificateFacts } from "./facts";
import { formatHours } from "./hours";
import { verifyFormPath } from "./paths";
import { certificatePdfTexts, splitAround, URL_MARK } from "./pdf-texts";
import type { TrainingRecord } from "./training-record";

type RecordTexts = ReturnType<typeof translator<"trainingRecord">>;

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

/** `locale`: the language of the printed words (the request's language on "Meine Daten"). */
export function trainingRecordTexts(record: TrainingRecord, locale: Locale = defaultLocale): TrainingRecordTexts {
  const t = translator(locale, "trainingRecord");
  const count = record.trainings.length;
  return {
    documentTitle: t("pdf.documentTitle", { name: record.personName }),
    letterhead: { owner: city.office.name, programme: city.programmeName },
    heading: t("pdf.heading"),
    personName: record.personName,
    intro: t("pdf.intro", {
      programme: city.programmeName,
      from: formatLongDate(startOfLocalDay(record.period.from), locale),
      to: formatLongDate(startOfLocalDay(record.period.to), locale),
    }),
    columns: { training: t("pdf.columnTraining"), hours: t("pdf.columnHours") },
    lines: record.trainings.map((facts) => trainingLine(facts, t, locale)),
    total: { label: count === 1 ? t("pdf.totalOne") : t("pdf.totalMany", { count }), hours: formatHours(record.minutesTotal, locale) },
    placeAndDate: t("pdf.placeAndDate", { place: city.name, date: formatLongDate(record.issuedAt, locale) }),
    machineMade: t("pdf.machineMade"),
    verify: splitAround(t("pdf.verifyNote", { url: URL_MARK }), absoluteUrl(localePath(locale, verifyFormPath))),
    funding: city.funding,
    continuedFor: t("pdf.continuedFor", { name: record.personName }),
    continuedNext: t("pdf.continuedNext"),
    pageOf: (page, pages) => t("pdf.pageOf", { page, pages }),
  };
}

/** The attended days once each ("03.11.2026, 10.11.2026"); two sessions on one day are one date. */
export function attendedDays(facts: CertificateFacts, locale: Locale = defaultLocale): string[] {
  return [...new Set(facts.sessions.map((s) => formatNumericDate(s.startsAt, locale)))];
}

/**
 * Supervision groups keep the rule of their certificate: the count of sessions, never the dates
 * (they would tell when a confidential group meets).
 */
export function datesText(facts: CertificateFacts, locale: Locale = defaultLocale, t: RecordTexts = translator(locale, "trainingRecord")): string {
  const count = facts.sessions.length;
  if (facts.isSupervision) {
    const pdf = certificatePdfTexts(locale);
    return count === 1 ? pdf("supervisionSessionsOne") : pdf("supervisionSessionsMany", { count });
  }
  const dates = attendedDays(facts, locale).join(", ");
  if (count < facts.sessionsTotal) return t("pdf.datesPartial", { count, total: facts.sessionsTotal, dates });
  return count === 1 ? t("pdf.datesOne", { dates }) : t("pdf.datesMany", { dates });
}

function trainingLine(facts: CertificateFacts, t: RecordTexts, locale: Locale): TrainingLine {
  const pdf = certificatePdfTexts(locale);
  return {
    title: facts.eventTitle,
    details: `${facts.formatName} · ${pdf("labelProvider")} ${facts.providerName}`,
    dates: datesText(facts, locale, t),
    code: pdf("verifyCode", { code: facts.code }),
    hours: formatHours(facts.minutesAttended, locale),
  };
}
