import type { MailContent } from "../outbox";
import { eventTitle, localizedUrl, mailTexts, renderMail, type MailInput } from "./layout";

export type CertificateMailInput = MailInput & {
  /** "6,5 Zeitstunden" / "6.5 hours", in the mail's language (lib/certificates/hours.ts). */
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
  const t = mailTexts(input.locale);
  const title = eventTitle(input.event.event, input.locale);
  const verifyUrl = localizedUrl(input.verifyUrl, input.locale);
  return renderMail({
    ...input,
    subject: input.corrected ? t("certificateIssued.subjectCorrected", { title }) : t("certificateIssued.subject", { title }),
    heading: input.corrected ? t("certificateIssued.headingCorrected") : t("certificateIssued.heading"),
    before: [
      { kind: "paragraph", text: input.corrected ? t("certificateIssued.introCorrected", { hours: input.hours }) : t("certificateIssued.intro", { hours: input.hours }) },
      { kind: "link", text: t("certificateIssued.download"), url: input.pdfUrl },
      { kind: "paragraph", text: t("certificateIssued.code", { code: input.code, url: verifyUrl }) },
    ],
    after: [
      { kind: "paragraph", text: t("certificateIssued.feedback") },
      { kind: "link", text: t("certificateIssued.feedbackLink"), url: localizedUrl(input.feedbackUrl, input.locale) },
    ],
  });
}
