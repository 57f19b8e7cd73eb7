import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { renderMail, type MailInput } from "./layout";

const m = mail.certificateIssued;

export type CertificateMailInput = MailInput & {
  /** "6,5 Zeitstunden" */
  hours: string;
  /** The printed code ("K7QM-3XRT-…") and its verification page. */
  code: string;
  verifyUrl: string;
  pdfUrl: string;
  feedbackUrl: string;
  /** A new certificate after a correction: the earlier one no longer verifies. */
  corrected: boolean;
};

/** Attendance was closed and the person is entitled: the certificate link and the feedback form. */
export function certificateIssuedMail(input: CertificateMailInput): MailContent {
  const fill = (text: string) => fillMessage(text, { title: input.event.event.title, hours: input.hours, code: input.code, url: input.verifyUrl });
  return renderMail({
    ...input,
    subject: fill(input.corrected ? m.subjectCorrected : m.subject),
    heading: input.corrected ? m.headingCorrected : m.heading,
    before: [
      { kind: "paragraph", text: fill(input.corrected ? m.introCorrected : m.intro) },
      { kind: "link", text: m.download, url: input.pdfUrl },
      { kind: "paragraph", text: fill(m.code) },
    ],
    after: [
      { kind: "paragraph", text: m.feedback },
      { kind: "link", text: m.feedbackLink, url: input.feedbackUrl },
    ],
  });
}
