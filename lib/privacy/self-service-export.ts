import "server-only";
import { city } from "@/lib/config/city";
import { answerKey } from "@/lib/registrations/schemas";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { loadSelfServiceRecords } from "./self-service-records";
import type { SelfServiceSubject } from "./self-service-subject";

/**
 * The download of "Meine Daten" (Art. 15 and 20 DSGVO): every stored field of every registration
 * and application of the subject's address, as stored (`stored`: the whole database row), with what
 * makes it readable beside it (the event, the questions of the answers, the initiative's name),
 * attendance, certificates and the mails sent to the address. Nothing of another address: the
 * records are read by the subject's address only.
 */
export async function selfServiceExport(subject: SelfServiceSubject, now = new Date(), locale: Locale = defaultLocale) {
  const { email, records, mails } = await loadSelfServiceRecords(subject);
  return {
    about: translator(locale, "privacy")("export.about"),
    controller: `${city.office.name}, ${city.office.email}`,
    createdAt: now.toISOString(),
    email,
    registrations: records.map(({ row, event, initiativeName, questions, attendance, certificates }) => ({
      event: {
        id: event.event.id,
        title: event.event.title,
        format: event.format.name,
        organisation: event.organisation.name,
        status: event.event.status,
        sessions: event.sessions.map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
      },
      stored: { ...row },
      initiativeName,
      answers: questions.map((q) => ({ questionId: q.id, question: q.label, answer: row.answers[answerKey(q.id)] ?? null })),
      attendance: attendance.map((a) => ({ startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), status: a.status, recordedAt: a.recordedAt.toISOString() })),
      certificates: certificates.map((c) => ({ status: c.status, issuedAt: c.issuedAt.toISOString(), endedAt: c.endedAt?.toISOString() ?? null, minutesAttended: c.minutesAttended })),
    })),
    mails: mails.map((m) => ({ kind: m.kind, subject: m.subject, status: m.status, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null })),
  };
}

export type SelfServiceExport = Awaited<ReturnType<typeof selfServiceExport>>;

/** The file name of the download, e.g. "meine-daten-2026-12-03.json" (only letters, digits and "-", for the header). */
export function exportFileName(now: Date, locale: Locale = defaultLocale): string {
  const name = translator(locale, "privacy")("export.fileName").replace(/[^A-Za-z0-9_-]+/g, "-");
  return `${name}-${now.toISOString().slice(0, 10)}.json`;
}
