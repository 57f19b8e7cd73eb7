import { problemResponse } from "@/lib/api/problem";
import { certificatePdfResponse } from "@/lib/certificates/pdf-response";
import { certificateForSubject } from "@/lib/privacy/self-service-registration";
import { registrationIdParam } from "@/lib/privacy/self-service-schemas";
import { currentSelfService } from "@/lib/privacy/self-service-session";
import { requestLocale } from "@/lib/certificates/request-locale";
import { translator } from "@/lib/i18n/translator";

/**
 * A certificate from the "Meine Daten" overview: the same PDF as behind the manage link, for a
 * registration of the session's own address (so the overview needs no manage token per row), in the
 * language of the page it was opened from (/en/meine-daten/… in English).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = requestLocale(request);
  const t = translator(locale, "privacy");
  const subject = await currentSelfService();
  if (!subject) return problemResponse({ status: 401, title: t("session.requiredTitle"), detail: t("session.requiredDetail") });
  const id = registrationIdParam.safeParse((await params).id);
  const found = id.success ? await certificateForSubject(subject, id.data) : null;
  if (!found) return problemResponse({ status: 404, title: t("session.notFoundTitle"), detail: t("session.notFoundDetail") });
  return certificatePdfResponse([found.facts], found.slug, locale);
}
