import "server-only";
import { headers } from "next/headers";
import { formStartedToken } from "@/lib/registrations/form-started-token";
import { CACHE_RENDER_HEADER, formTokenPlaceholder, isMarker } from "./placeholders";

/**
 * The timestamp token a form on a page carries. A render for the rendered-response cache gets a
 * placeholder, which every answer from the cache replaces with a token of its own (the token is
 * accepted once, so a shared one would refuse everybody but the first). Only the proxy sets the
 * header, after removing any copy a client sent.
 */
export async function formStartedTokenForPage(scope: string): Promise<string> {
  const marker = (await headers()).get(CACHE_RENDER_HEADER);
  return isMarker(marker) ? formTokenPlaceholder(marker, scope) : formStartedToken(scope);
}
