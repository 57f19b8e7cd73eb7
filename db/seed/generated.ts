import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import * as t from "@/db/schema";
import { localDateTime, localParts } from "@/lib/dates/berlin";
import { slugify } from "@/lib/util/slug";
import { eventTemplates } from "./event-templates";
import { insertEvents, type EventPlan } from "./insert-events";
import { trainers } from "./people";
import { seededRandom } from "./random";

/**
 * Adds `count` published events spread over the year around `now`, for benchmarks
 * (`npm run db:seed -- --events 10000`). Needs the demo's reference data.
 */
export async function seedGeneratedEvents(db: Database, count: number, now = new Date()) {
  const random = seededRandom(count);
  const orgs = await db.select({ id: t.organisations.id }).from(t.organisations).where(eq(t.organisations.active, true));
  const formats = await db.select({ id: t.formats.id, slug: t.formats.slug }).from(t.formats);
  const topics = await db.select({ id: t.topics.id, slug: t.topics.slug }).from(t.topics);
  const venues = await db.select({ id: t.venues.id }).from(t.venues);
  const formatId = new Map(formats.map((f) => [f.slug, f.id]));
  const topicId = new Map(topics.map((f) => [f.slug, f.id]));
  const plans: EventPlan[] = [];
  for (let i = 0; i < count; i++) {
    const template = eventTemplates[i % eventTemplates.length];
    const p = localParts(new Date(now.getTime() + random.int(-120, 365) * 24 * 3600 * 1000));
    const startsAt = localDateTime(p.year, p.month, p.day, template.hour, 0);
    const sessions = Array.from({ length: template.sessions }, (_, n) => {
      const s = new Date(startsAt.getTime() + n * 7 * 24 * 3600 * 1000);
      return { startsAt: s, endsAt: new Date(s.getTime() + template.minutes * 60000) };
    });
    const title = `${template.title} (${i + 1})`;
    plans.push({
      slug: `${slugify(title)}-g${i + 1}`,
      title,
      summary: template.summary,
      description: template.description,
      formatId: formatId.get(template.format)!,
      organisationId: random.pick(orgs).id,
      trainer: trainers[i % trainers.length],
      targetGroup: template.targetGroup,
      attendanceMode: template.mode,
      venueId: template.venue ? random.pick(venues).id : null,
      onlineUrl: template.mode === "in_person" ? null : "https://konferenz.example.org/raum/generiert",
      capacity: template.capacity,
      registrationOpensAt: new Date(startsAt.getTime() - 60 * 24 * 3600 * 1000),
      status: "published",
      publishedAt: now,
      sessions,
      topicIds: template.topics.map((s) => topicId.get(s)!),
      languages: template.languages,
    });
  }
  await insertEvents(db, plans);
  return count;
}
