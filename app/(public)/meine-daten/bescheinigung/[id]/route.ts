import { problemResponse } from "@/lib/api/problem";
import { certificatePdfResponse } from "@/lib/certificates/pdf-response";
import { certificateForSubject } from "@/lib/privacy/self-service-registration";
import { registrationIdParam } from "@/lib/privacy/self-service-schemas";
import { currentSelfService } from "@/lib/privacy/self-service-session";
import privacy from "@/messages/de/privacy.json";

/**
 * A certificate from the "Meine Daten" overview: the same PDF as behind the manage link, for a
 * registration of the session's own address (so the overview needs no manage token per row).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const subject = await currentSelfService();
  if (!subject) return problemResponse({ status: 401, title: privacy.session.requiredTitle, detail: privacy.session.requiredDetail });
  const id = registrationIdParam.safeParse((await params).id);
  const found = id.success ? await certificateForSubject(subject, id.data) : null;
  if (!found) return problemResponse({ status: 404, title: privacy.session.notFoundTitle, detail: privacy.session.notFoundDetail });
  return certificatePdfResponse([found.facts], found.slug);
}
