import { city } from "@/lib/config/city";
import { formatLongDate, formatTimeRange } from "@/lib/dates/format";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { CertificateFacts } from "./facts";
import { formatHours } from "./hours";

type PdfTexts = ReturnType<typeof translator<"certificatePdf">>;

/** The certificate's words in a language: the person's language for their own certificate, German for the office. */
export function certificatePdfTexts(locale: Locale = defaultLocale): PdfTexts {
  return translator(locale, "certificatePdf");
}

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

/**
 * `locale`: the language of the words around the facts. The facts themselves (event title, format,
 * topics, organisation) are printed as recorded.
 */
export function certificateTexts(cert: CertificateFacts, locale: Locale = defaultLocale): CertificateTexts {
  const m = certificatePdfTexts(locale);
  return {
    letterhead: { owner: city.office.name, programme: city.programmeName },
    heading: m("heading"),
    continuedHeading: m("continuedHeading"),
    continuedFor: m("continuedFor", { name: cert.personName }),
    continuedNext: m("continuedNext"),
    personName: cert.personName,
    intro: m("intro", { programme: city.programmeName }),
    eventTitle: cert.eventTitle,
    rows: factRows(cert, m, locale),
    placeAndDate: m("placeAndDate", { place: city.name, date: formatLongDate(cert.issuedAt, locale) }),
    machineMade: m("machineMade"),
    verify: splitAround(m("verifySentence", { url: URL_MARK }), cert.verifyUrl),
    verifyCode: m("verifyCode", { code: cert.code }),
    funding: city.funding,
  };
}

function factRows(cert: CertificateFacts, m: PdfTexts, locale: Locale): CertificateRow[] {
  const rows: CertificateRow[] = [{ label: m("labelFormat"), value: cert.formatName }];
  if (cert.topics.length > 0) rows.push({ label: m("labelTopics"), value: cert.topics.join(", ") });
  rows.push(participationRow(cert, m, locale));
  rows.push({ label: m("labelHours"), value: formatHours(cert.minutesAttended, locale) });
  rows.push({ label: m("labelProvider"), value: cert.providerName });
  return rows;
}

/**
 * Supervision groups: only the count (dates would tell when a confidential group meets). Other
 * events: every attended date, with "an x von y Terminen" when some were missed.
 */
function participationRow(cert: CertificateFacts, m: PdfTexts, locale: Locale): CertificateRow {
  const count = cert.sessions.length;
  if (cert.isSupervision) {
    const value = count === 1 ? m("supervisionSessionsOne") : m("supervisionSessionsMany", { count });
    return { label: m("labelParticipation"), value };
  }
  const list = cert.sessions.map((s) => formatTimeRange(s.startsAt, s.endsAt, locale));
  const label = count === 1 ? m("sessionsHeadingOne") : m("sessionsHeadingMany");
  if (count < cert.sessionsTotal) {
    return { label, value: m("sessionsPartial", { count, total: cert.sessionsTotal }), list };
  }
  return { label, value: "", list };
}

/** Stands for the address in a sentence, so the PDF can draw the address as a link between its parts. */
export const URL_MARK = "\u0000url\u0000";

/** A sentence rendered with URL_MARK for its address, split around it. */
export function splitAround(sentence: string, url: string): { before: string; url: string; after: string } {
  const [before, after = ""] = sentence.split(URL_MARK);
  return { before, url, after };
}

export function documentTitle(certs: CertificateFacts[], locale: Locale = defaultLocale): string {
  const m = certificatePdfTexts(locale);
  if (certs.length === 1) return m("documentTitleOne", { name: certs[0].personName });
  return m("documentTitleMany", { event: certs[0]?.eventTitle ?? "" });
}
