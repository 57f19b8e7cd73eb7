import "server-only";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { asciiFileName } from "./pdf-response";
import type { TrainingRecord } from "./training-record";
import { renderTrainingRecordPdf } from "./training-record-pdf";

/**
 * The answers of the training record's PDF address, in the request's language. The PDF is drawn on
 * request and never cached (it shows the certificates as they are now); the refusals are short plain text.
 */
const privateHeaders = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" };

export async function trainingRecordPdfResponse(record: TrainingRecord, locale: Locale = defaultLocale): Promise<Response> {
  const t = translator(locale, "trainingRecord");
  const pdf = await renderTrainingRecordPdf(record, locale);
  const name = asciiFileName(`${t("pdf.fileName")}-${record.period.from}-bis-${record.period.to}`) + ".pdf";
  return new Response(new Uint8Array(pdf), {
    headers: { ...privateHeaders, "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"`, "Content-Language": locale },
  });
}

export function plainRefusal(status: 400 | 401 | 404, text: string): Response {
  return new Response(text, { status, headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" } });
}

/** The refusals of the PDF address, in the request's language. */
export function refusals(locale: Locale = defaultLocale) {
  const t = translator(locale, "trainingRecord");
  return {
    noSession: () => plainRefusal(401, t("route.noSession")),
    badPeriod: () => plainRefusal(400, t("route.badPeriod")),
    empty: () => plainRefusal(404, t("route.empty")),
  };
}
