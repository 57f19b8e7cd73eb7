import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AccessDenied } from "@/lib/auth/access";
import { currentActor } from "@/lib/auth/session";
import { certificatePdfResponse, notFoundResponse } from "@/lib/certificates/pdf-response";
import { eventCertificatesForActor } from "@/lib/certificates/queries";
import { idField } from "@/lib/forms/zod-fields";

const query = z.object({ id: idField("id"), anmeldung: idField("anmeldung").optional() });

/**
 * The organiser's download: all valid certificates of an event as one PDF (one page per person, by
 * name), or one person's with `?anmeldung=<id>`. The data layer decides access; a foreign event, a
 * bad id or an event without certificates is a plain 404.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) {
    const back = new URL(request.url);
    return NextResponse.redirect(new URL(`/intern/anmelden?weiter=${encodeURIComponent(back.pathname + back.search)}`, request.url), 303);
  }
  const parsed = query.safeParse({ id: (await params).id, anmeldung: request.nextUrl.searchParams.get("anmeldung") ?? undefined });
  if (!parsed.success) return notFoundResponse();
  try {
    const { slug, facts } = await eventCertificatesForActor(actor, parsed.data.id, parsed.data.anmeldung);
    if (facts.length === 0) return notFoundResponse();
    return await certificatePdfResponse(facts, slug);
  } catch (error) {
    if (error instanceof AccessDenied) return notFoundResponse();
    throw error;
  }
}
