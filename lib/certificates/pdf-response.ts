import "server-only";
import messages from "@/messages/de/certificates.json";
import type { CertificateFacts } from "./facts";
import { renderCertificatesPdf } from "./pdf";

/**
 * A certificate PDF as a download. Drawn on request, never stored or cached: it always shows the
 * recorded data, and a superseded certificate cannot linger in a cache.
 */
export async function certificatePdfResponse(facts: CertificateFacts[], slug: string): Promise<Response> {
  const many = facts.length > 1;
  const pdf = await renderCertificatesPdf(facts);
  const name = `${many ? messages.pdf.fileNameAll : messages.pdf.fileName}-${slug}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}

export function notFoundResponse(): Response {
  return new Response("Nicht gefunden", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}
