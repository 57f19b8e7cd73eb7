import common from "@/messages/en/common.json";
import calendar from "@/messages/en/calendar.json";
import event from "@/messages/en/event.json";
import home from "@/messages/en/home.json";
import legal from "@/messages/en/legal.json";
import mail from "@/messages/en/mail.json";
import registration from "@/messages/en/registration.json";
import supervision from "@/messages/en/supervision.json";
import certificates from "@/messages/en/certificates.json";
import certificatePdf from "@/messages/en/certificate-pdf.json";
import feedback from "@/messages/en/feedback.json";
import trainingRecord from "@/messages/en/training-record.json";
import privacy from "@/messages/en/privacy.json";
import plainAccess from "@/messages/en/plain-access.json";
import type { Messages } from "./messages";

/**
 * The English catalogue: every area of the public side and of the mails to volunteers. The same
 * keys and ICU arguments as the German files (tests/i18n-catalogue.test.ts).
 */
export const englishMessages = { common, calendar, event, home, legal, mail, registration, supervision, certificates, certificatePdf, feedback, trainingRecord, privacy, plainAccess } satisfies Partial<Messages>;
