import { certificatePdfResponse, notFoundResponse } from "@/lib/certificates/pdf-response";
import { certificateForToken } from "@/lib/certificates/queries";
import { getEventFactsById } from "@/lib/events/public-queries";

/**
 * The person's own certificate of attendance, reached with the link from the mail or the manage page,
 * in the language the person registered in.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const found = await certificateForToken(token);
  if (!found) return notFoundResponse();
  const event = await getEventFactsById(found.eventId);
  return certificatePdfResponse([found.facts], event?.event.slug ?? String(found.eventId), found.locale);
}
