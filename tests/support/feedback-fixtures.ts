import { eq } from "drizzle-orm";
import type { RegistrationStatus } from "@/db/schema";
import type { AuthzContext } from "../authz/context";

const DAY = 24 * 3600_000;
let counter = 0;

/**
 * A past event of an organisation (one two-hour session `daysAgo` days before `now`), with one
 * registration per status given (attended and no-show with their session mark), each with a manage token, and attendance closed unless `closed`
 * is false. Every registration's updated_at is a fixed earlier time, so that tests can see it stay.
 */
export async function feedbackEvent(
  c: Pick<AuthzContext, "db" | "t">,
  options: { organisationId: number; people: RegistrationStatus[]; closed?: boolean; supervision?: boolean; now?: Date; daysAgo?: number },
) {
  const { db, t } = c;
  const label = `rueckmeldung-${++counter}`;
  const now = options.now ?? new Date();
  const [format] = await db.select().from(t.formats).where(eq(t.formats.isSupervision, options.supervision ?? false)).limit(1);
  const startsAt = new Date(now.getTime() - (options.daysAgo ?? 3) * DAY);
  const endsAt = new Date(startsAt.getTime() + 2 * 3600_000);
  const [event] = await db
    .insert(t.events)
    .values({
      slug: `${label}-${now.getTime()}`,
      title: `Rückmeldung ${label}`,
      summary: "Nur für Tests.",
      description: "Beschreibung",
      formatId: format.id,
      organisationId: options.organisationId,
      capacity: 20,
      status: "published",
      startsAt,
      endsAt,
      publishedAt: new Date(startsAt.getTime() - 30 * DAY),
      attendanceClosedAt: options.closed === false ? null : new Date(endsAt.getTime() + 3600_000),
    })
    .returning();
  const [session] = await db.insert(t.eventSessions).values({ eventId: event.id, startsAt, endsAt }).returning();
  const createdAt = new Date(startsAt.getTime() - 10 * DAY);
  const updatedAt = new Date(endsAt.getTime() + 1800_000);
  const { createManageLink } = await import("@/lib/registrations/tokens");
  const people = [];
  for (const [i, status] of options.people.entries()) {
    const email = `${label}-${i}@example.org`;
    const [r] = await db
      .insert(t.registrations)
      .values({ eventId: event.id, status, firstName: `Vorname${i}`, lastName: `${label}-${i}`, email, emailNormalized: email, createdAt, updatedAt })
      .returning();
    // Attendance is the session mark: "attended" was there, "no_show" was not.
    if (status === "attended" || status === "no_show") await db.insert(t.sessionAttendance).values({ registrationId: r.id, sessionId: session.id, status: status === "attended" ? "present" : "absent", recordedAt: endsAt });
    // Drizzle's $onUpdateFn does not run on insert, so updated_at is the fixed time given.
    const { token } = await createManageLink(db as never, r.id);
    people.push({ id: r.id, token, updatedAt });
  }
  return { event, people };
}
