import "server-only";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { CertificateFacts } from "./facts";
import { renderCertificatesPdf } from "./pdf";

/** A file name safe in a header whatever the catalogue says: ASCII letters, digits, "-" and "_". */
export function asciiFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, "-");
}

/**
 * A certificate PDF as a download, in `locale` (the person's language; the office's downloads are
 * German). Drawn on request, never stored or cached: it always shows the recorded data, and a
 * superseded certificate cannot linger in a cache.
 */
export async function certificatePdfResponse(facts: CertificateFacts[], slug: string, locale: Locale = defaultLocale): Promise<Response> {
  const many = facts.length > 1;
  const t = translator(locale, "certificates");
  const pdf = await renderCertificatesPdf(facts, { locale });
  const name = asciiFileName(`${many ? t("pdf.fileNameAll") : t("pdf.fileName")}-${slug}`) + ".pdf";
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Content-Language": locale,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}

export function notFoundResponse(): Response {
  return new Response("Nicht gefunden", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}
