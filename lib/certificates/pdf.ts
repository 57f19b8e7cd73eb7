import "server-only";
import PDFDocument from "pdfkit";
import { city } from "@/lib/config/city";
import { collectPdf } from "@/lib/pdf/collect";
import type { CertificateFacts } from "./facts";
import { certificateFonts, pdfLang } from "./pdf-fonts";
import { drawCertificate } from "./pdf-page";
import { certificateTexts, documentTitle } from "./pdf-texts";
import { TAGGED_A4 } from "@/lib/pdf/document";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

/**
 * Certificates of attendance as one PDF: an A4 page per certificate (a person with very many
 * dates may take a second page), so that a whole event's certificates print in one go.
 *
 * Tagged (PDF 1.7, structure tree, language de-DE or en-GB, title shown in the window), fonts embedded.
 * `locale`: the language of the printed words (the person's own certificate in their language).
 */
export async function renderCertificatesPdf(certs: CertificateFacts[], options: { title?: string; locale?: Locale } = {}): Promise<Buffer> {
  const locale = options.locale ?? defaultLocale;
  // A PDF without pages is not a PDF; callers have nothing to offer then.
  if (certs.length === 0) throw new Error("renderCertificatesPdf: keine Bescheinigungen");
  const doc = new PDFDocument({
    ...TAGGED_A4,
    lang: pdfLang(locale),
    // Our own font from the start: PDFKit would otherwise load Helvetica, which it cannot embed.
    font: certificateFonts.regular,
    // The layout places every line itself (lib/certificates/pdf-page.ts); PDFKit's own page
    // break must never trigger, hence the small bottom margin.
    margins: { top: 50, bottom: 20, left: 70, right: 70 },
    autoFirstPage: false,
    info: { Title: options.title ?? documentTitle(certs, locale), Author: city.office.name, Creator: city.programmeName },
  });
  const done = collectPdf(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);
  for (const cert of certs) {
    doc.addPage();
    drawCertificate(doc, root, certificateTexts(cert, locale));
  }
  root.end();
  doc.end();
  return done;
}
