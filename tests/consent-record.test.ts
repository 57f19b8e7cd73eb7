import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registrationTexts } from "./support/form-texts";
import { eq } from "drizzle-orm";
import { city } from "@/lib/config/city";
import { freshDemoDatabase } from "./support/test-db";

/**
 * The registration form records which version of the privacy notice was agreed to and when
 * (city.legal.privacyVersion, the "Stand" the privacy page shows). The application form of
 * supervision groups is checked the same way in tests/supervision-public.test.ts.
 */

describe("consent", () => {
  const now = new Date();
  let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
  let t: typeof import("@/db/schema");

  beforeAll(async () => {
    ctx = await freshDemoDatabase(now);
    t = await import("@/db/schema");
  });
  afterAll(() => ctx?.client.close());

  it("the registration form records the version of the notice and the time of agreeing", async () => {
    const { registerForEvent } = await import("@/lib/registrations/commands");
    const { registrationSchema } = await import("@/lib/registrations/schemas");
    const [org] = await ctx.db.select().from(t.organisations).limit(1);
    const [format] = await ctx.db.select().from(t.formats).where(eq(t.formats.isSupervision, false)).limit(1);
    const startsAt = new Date(now.getTime() + 10 * 24 * 3600_000);
    const endsAt = new Date(startsAt.getTime() + 7_200_000);
    const [event] = await ctx.db
      .insert(t.events)
      .values({ slug: "einwilligung-probe", title: "Einwilligung", summary: "s", description: "d", formatId: format.id, organisationId: org.id, capacity: 5, status: "published", startsAt, endsAt })
      .returning();
    await ctx.db.insert(t.eventSessions).values({ eventId: event.id, startsAt, endsAt });
    const input = registrationSchema([], registrationTexts()).parse({ firstName: "Clara", lastName: "Zustimmung", email: "clara@example.org", initiative: "keine", consent: true });
    const before = Date.now();
    const result = await registerForEvent(event.slug, input, now);
    expect(result.kind).toBe("registered");
    const [row] = await ctx.db.select().from(t.registrations).where(eq(t.registrations.eventId, event.id));
    expect(row.consentVersion).toBe(city.legal.privacyVersion);
    expect(row.consentAt!.getTime()).toBeGreaterThanOrEqual(Math.min(before, now.getTime()));
    expect(row.consentAt!.getTime()).toBe(row.createdAt.getTime());
    // Without the tick there is no registration at all.
    expect(registrationSchema([], registrationTexts()).safeParse({ firstName: "Clara", lastName: "Zustimmung", email: "clara2@example.org", initiative: "keine" }).success).toBe(false);
  });
});
