import { problemResponse } from "@/lib/api/problem";
import { exportFileName, selfServiceExport } from "@/lib/privacy/self-service-export";
import { currentSelfService } from "@/lib/privacy/self-service-session";
import { requestLocale } from "@/lib/certificates/request-locale";
import { translator } from "@/lib/i18n/translator";

/**
 * "Herunterladen": every stored field of the session's address as a JSON file (Art. 15/20 DSGVO); its
 * explanation in the language of the page (/en/meine-daten/herunterladen in English).
 */
export async function GET(request: Request) {
  const locale = requestLocale(request);
  const subject = await currentSelfService();
  if (!subject) {
    const t = translator(locale, "privacy");
    return problemResponse({ status: 401, title: t("session.requiredTitle"), detail: t("session.requiredDetail") });
  }
  const now = new Date();
  const body = JSON.stringify(await selfServiceExport(subject, now, locale), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(now, locale)}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
