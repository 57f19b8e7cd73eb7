import "server-only";
import messages from "@/messages/de/training-record.json";
import type { TrainingRecord } from "./training-record";
import { renderTrainingRecordPdf } from "./training-record-pdf";

/**
 * The answers of the training record's PDF address. The PDF is drawn on request and never cached
 * (it shows the certificates as they are now); the refusals are short German plain text.
 */
const privateHeaders = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" };

export async function trainingRecordPdfResponse(record: TrainingRecord): Promise<Response> {
  const pdf = await renderTrainingRecordPdf(record);
  const name = `${messages.pdf.fileName}-${record.period.from}-bis-${record.period.to}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: { ...privateHeaders, "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"` },
  });
}

export function plainRefusal(status: 400 | 401 | 404, text: string): Response {
  return new Response(text, { status, headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" } });
}

export const refusals = {
  noSession: () => plainRefusal(401, messages.route.noSession),
  badPeriod: () => plainRefusal(400, messages.route.badPeriod),
  empty: () => plainRefusal(404, messages.route.empty),
};
