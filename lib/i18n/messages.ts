import common from "@/messages/de/common.json";
import calendar from "@/messages/de/calendar.json";
import event from "@/messages/de/event.json";
import home from "@/messages/de/home.json";
import legal from "@/messages/de/legal.json";
import api from "@/messages/de/api.json";
import mail from "@/messages/de/mail.json";
import registration from "@/messages/de/registration.json";
import intern from "@/messages/de/intern.json";
import internEvents from "@/messages/de/intern-events.json";
import internWorkflow from "@/messages/de/intern-workflow.json";
import internParticipants from "@/messages/de/intern-participants.json";
import internOffice from "@/messages/de/intern-office.json";
import supervision from "@/messages/de/supervision.json";
import internSupervision from "@/messages/de/intern-supervision.json";
import internAttendance from "@/messages/de/intern-attendance.json";
import certificates from "@/messages/de/certificates.json";
import certificatePdf from "@/messages/de/certificate-pdf.json";
import feedback from "@/messages/de/feedback.json";
import statistics from "@/messages/de/statistics.json";
import trainingRecord from "@/messages/de/training-record.json";
import privacy from "@/messages/de/privacy.json";
import plainAccess from "@/messages/de/plain-access.json";
import operations from "@/messages/de/operations.json";
import { englishMessages } from "./messages-en";
import { defaultLocale, type Locale } from "./locales";

export { defaultLocale };

/** The German catalogue, one file per area of the product. */
const de = { common, calendar, event, home, legal, api, mail, registration, intern, internEvents, internWorkflow, internParticipants, internOffice, supervision, internSupervision, internAttendance, certificates, certificatePdf, feedback, statistics, trainingRecord, privacy, plainAccess, operations };

export type Messages = typeof de;
export type Namespace = keyof Messages;

/**
 * Areas that exist in German only: the signed-in area (it stays German, see the issue on English),
 * the statistics and funding report for the office, the API's problem texts and the operator's
 * messages (backup, restore, the outbox in /intern). Every other area
 * has an English file in messages/en with exactly the same keys (tests/i18n-catalogue.test.ts).
 */
export const germanOnlyNamespaces = ["intern", "internEvents", "internWorkflow", "internParticipants", "internOffice", "internSupervision", "internAttendance", "statistics", "api", "operations"] as const satisfies readonly Namespace[];

const en: Messages = { ...de, ...englishMessages };

export function loadMessages(locale: Locale | string): Messages {
  if (locale === "en") return en;
  if (locale !== defaultLocale) throw new Error(`Unbekannte Sprache: ${locale}`);
  return de;
}

/** Only the named areas of a catalogue: what a client component needs, not the whole catalogue. */
export function pickMessages<N extends Namespace>(locale: Locale, namespaces: readonly N[]): Pick<Messages, N> {
  const all = loadMessages(locale);
  return Object.fromEntries(namespaces.map((n) => [n, all[n]])) as Pick<Messages, N>;
}
