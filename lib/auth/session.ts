import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { loadActor, type Actor } from "./actor";
import { auth } from "./auth";

/**
 * The signed-in actor of this request, or null. Checked against the database on every request, so
 * that a deactivated account or a changed password ends every older session at its next request.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { accountId?: number; sessionVersion?: number } | null;
  if (!session?.accountId || !session.sessionVersion) return null;
  return loadActor(session.accountId, session.sessionVersion);
});

/** The signed-in actor; without one, the sign-in page (which comes back here afterwards). */
export async function requireActor(returnTo = "/intern"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/intern/anmelden?weiter=${encodeURIComponent(returnTo)}`);
  return actor;
}
