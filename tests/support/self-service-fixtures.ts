import { eq } from "drizzle-orm";
import type { freshDemoDatabase } from "./test-db";

/**
 * Fixtures of the "Meine Daten" tests: events with a known capacity (upcoming, past, a supervision
 * group) and registrations stored straight into the database for one address.
 */
type Ctx = Awaited<ReturnType<typeof freshDemoDatabase>>;
const DAY = 24 * 3600_000;
let counter = 0;

export function selfServiceFixtures(ctx: Ctx, now: Date) {
  const schema = () => import("@/db/schema");

  async function event(options: { capacity?: number; daysAhead?: number; supervision?: boolean; question?: string } = {}) {
    const t = await schema();
    const [org] = await ctx.db.select().from(t.organisations).where(eq(t.organisations.slug, "fluechtlingskoordination"));
    const [format] = await ctx.db.select().from(t.formats).where(eq(t.formats.isSupervision, options.supervision ?? false)).limit(1);
    const startsAt = new Date(now.getTime() + (options.daysAhead ?? 10) * DAY);
    const endsAt = new Date(startsAt.getTime() + 2 * 3600_000);
    const n = ++counter;
    const [created] = await ctx.db
      .insert(t.events)
      .values({ slug: `meine-daten-${n}`, title: `Meine-Daten-Test ${n}`, summary: "s", description: "d", formatId: format.id, organisationId: org.id, capacity: options.capacity ?? 10, status: "published", startsAt, endsAt })
      .returning();
    const [session] = await ctx.db.insert(t.eventSessions).values({ eventId: created.id, startsAt, endsAt }).returning();
    let questionId: number | null = null;
    if (options.question) {
      const [q] = await ctx.db.insert(t.eventQuestions).values({ eventId: created.id, kind: "short_text", label: options.question }).returning();
      questionId = q.id;
    }
    return { ...created, sessionId: session.id, questionId };
  }

  async function registration(
    eventId: number,
    person: { firstName: string; lastName: string; email: string; phone?: string },
    fields: Partial<typeof import("@/db/schema").registrations.$inferInsert> = {},
  ) {
    const t = await schema();
    const at = fields.createdAt ?? new Date(now.getTime() - DAY + counter++ * 1000);
    const [row] = await ctx.db
      .insert(t.registrations)
      .values({
        eventId,
        status: "confirmed",
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        emailNormalized: person.email.toLowerCase(),
        phone: person.phone ?? null,
        answers: {},
        consentVersion: "2026-11-01",
        consentAt: at,
        source: "online",
        createdAt: at,
        updatedAt: at,
        ...fields,
      })
      .returning();
    return row;
  }

  return { event, registration };
}
