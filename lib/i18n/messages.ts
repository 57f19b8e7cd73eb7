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
import feedback from "@/messages/de/feedback.json";
import statistics from "@/messages/de/statistics.json";
import trainingRecord from "@/messages/de/training-record.json";
import privacy from "@/messages/de/privacy.json";
import plainAccess from "@/messages/de/plain-access.json";
import operations from "@/messages/de/operations.json";

export const defaultLocale = "de";

/** The German catalogue, one file per area of the product. */
const de = { common, calendar, event, home, legal, api, mail, registration, intern, internEvents, internWorkflow, internParticipants, internOffice, supervision, internSupervision, internAttendance, certificates, feedback, statistics, trainingRecord, privacy, plainAccess, operations };

export type Messages = typeof de;

export function loadMessages(locale: string): Messages {
  if (locale !== defaultLocale) throw new Error(`Unbekannte Sprache: ${locale}`);
  return de;
}
