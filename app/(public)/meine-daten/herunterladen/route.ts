import { problemResponse } from "@/lib/api/problem";
import { exportFileName, selfServiceExport } from "@/lib/privacy/self-service-export";
import { currentSelfService } from "@/lib/privacy/self-service-session";
import privacy from "@/messages/de/privacy.json";

/** "Herunterladen": every stored field of the session's address as a JSON file (Art. 15/20 DSGVO). */
export async function GET() {
  const subject = await currentSelfService();
  if (!subject) return problemResponse({ status: 401, title: privacy.session.requiredTitle, detail: privacy.session.requiredDetail });
  const now = new Date();
  const body = JSON.stringify(await selfServiceExport(subject, now), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(now)}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
