import { eq } from "drizzle-orm";
import { freshDemoDatabase } from "../support/test-db";

/**
 * The cast of the authorisation tests, on a fresh demo database: the city's office, the two demo
 * partner organisations' staff, and the ids of data that belongs to the OTHER partner
 * (Wohlfahrtsverband Rheinhessen), which the Volkshochschule's staff must never read or change.
 */
export async function authzContext(now = new Date()) {
  const ctx = await freshDemoDatabase(now);
  const t = await import("@/db/schema");
  const { loadActor } = await import("@/lib/auth/actor");
  const actor = async (email: string) => {
    const [row] = await ctx.db.select().from(t.accounts).where(eq(t.accounts.email, email));
    const loaded = await loadActor(row.id, row.sessionVersion);
    if (!loaded) throw new Error(`demo account ${email} cannot act`);
    return loaded;
  };
  const coordinator = await actor("kim.koch@mainz.example.org");
  const vhsAdmin = await actor("anna.adler@vhs-am-rhein.example.org");
  const vhsOrganiser = await actor("omar.okafor@vhs-am-rhein.example.org");
  const foreignAdmin = await actor("bea.berger@wohlfahrt-rheinhessen.example.org");

  const [foreignEvent] = await ctx.db.select().from(t.events).where(eq(t.events.organisationId, foreignAdmin.organisationId)).limit(1);
  const [foreignRegistration] = await ctx.db.select().from(t.registrations).where(eq(t.registrations.eventId, foreignEvent.id)).limit(1);
  const [ownEvent] = await ctx.db.select().from(t.events).where(eq(t.events.organisationId, vhsAdmin.organisationId)).limit(1);
  return {
    ...ctx,
    t,
    coordinator,
    vhsAdmin,
    vhsOrganiser,
    foreignAdmin,
    /** Data of Wohlfahrtsverband Rheinhessen: off limits for the Volkshochschule's staff. */
    foreign: {
      organisationId: foreignAdmin.organisationId,
      accountId: foreignAdmin.accountId,
      eventId: foreignEvent.id,
      registrationId: foreignRegistration?.id ?? null,
    },
    /** An event of the Volkshochschule itself. */
    own: { organisationId: vhsAdmin.organisationId, eventId: ownEvent.id },
  };
}

export type AuthzContext = Awaited<ReturnType<typeof authzContext>>;
