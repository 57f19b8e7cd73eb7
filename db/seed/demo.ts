import type { Database } from "@/db/connect";
import * as t from "@/db/schema";
import { demoFormats, demoInitiatives, demoOrganisations, demoTopics, demoVenues } from "./catalog-data";
import { celebrationTemplate, eventTemplates } from "./event-templates";
import { insertEvents, insertInChunks, type EventPlan } from "./insert-events";
import { firstNames, lastNames } from "./people";
import { demoQuestions } from "./questions";
import { seededRandom } from "./random";
import { DEMO_MARKER } from "./state";
import { planEvent, type Ids, type Special } from "./plan-event";
import { seedDemoAccounts } from "./accounts";
import { seedAttendance } from "./attendance";
import { PAST_YEAR_SEED, seedPastYear } from "./past-year";

const DAY = 24 * 3600 * 1000;

async function seedReferenceData(db: Database): Promise<Ids> {
  const orgs = await db.insert(t.organisations).values([...demoOrganisations]).returning({ id: t.organisations.id, slug: t.organisations.slug });
  const formats = await db
    .insert(t.formats)
    .values(demoFormats.map((f, i) => ({ ...f, sortOrder: i })))
    .returning({ id: t.formats.id, slug: t.formats.slug });
  const topics = await db
    .insert(t.topics)
    .values(demoTopics.map((f, i) => ({ ...f, sortOrder: i })))
    .returning({ id: t.topics.id, slug: t.topics.slug });
  const venues = await db
    .insert(t.venues)
    .values(demoVenues.map(({ key: _key, ...v }) => (void _key, v)))
    .returning({ id: t.venues.id });
  const initiatives = await db.insert(t.initiatives).values(demoInitiatives).returning({ id: t.initiatives.id });
  return {
    organisations: new Map(orgs.map((o) => [o.slug, o.id])),
    formats: new Map(formats.map((f) => [f.slug, f.id])),
    topics: new Map(topics.map((f) => [f.slug, f.id])),
    venues: new Map(demoVenues.map((v, i) => [v.key, venues[i].id])),
    initiatives: initiatives.map((i) => i.id),
  };
}

/** Seeds the Mainz demo into an empty database. `now` anchors the calendar (3 months back, 6 ahead) and its past year (./past-year.ts). */
export async function seedDemo(db: Database, options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  const random = seededRandom(20261125);
  const ids = await seedReferenceData(db);
  const slugs = new Set<string>();
  const plans: (EventPlan & { special: Special })[] = [];

  // 66 regular events from 90 days ago to about 175 days ahead, every template several times.
  const regular = 66;
  for (let i = 0; i < regular; i++) {
    const offset = -90 + Math.floor((i * 265) / regular);
    const template = eventTemplates[i % eventTemplates.length];
    const upcoming = offset > 2;
    let special: Special = null;
    if (upcoming && i % 7 === 3) special = "full";
    else if (upcoming && i % 7 === 5) special = "nearly-full";
    if (i === 40) special = "cancelled";
    if (i === 44) special = "closed";
    if (i === 60) special = "not-yet-open";
    plans.push(planEvent(template, ids, now, offset, i, special, slugs));
  }
  plans.push(planEvent(celebrationTemplate, ids, now, 150, regular, null, slugs));
  // Not public: drafts, events in review, and published events of a deactivated organisation.
  plans.push(planEvent({ ...eventTemplates[1], title: "Entwurf: Deeskalation für Fortgeschrittene" }, ids, now, 30, 101, "draft", slugs));
  plans.push(planEvent({ ...eventTemplates[4], title: "Entwurf: Familiennachzug verstehen" }, ids, now, 45, 102, "draft", slugs));
  plans.push(planEvent({ ...eventTemplates[7], title: "In Prüfung: Social Media für Initiativen" }, ids, now, 50, 103, "in_review", slugs));
  plans.push(planEvent({ ...eventTemplates[11], title: "Helferkreis Altstadt (Verein aufgelöst)" }, ids, now, 20, 104, "hidden-org", slugs));

  const eventIds = await insertEvents(db, plans);
  const questionRows = plans.flatMap((plan, i) => (demoQuestions[plan.title] ?? []).map((q) => ({ ...q, eventId: eventIds[i] })));
  if (questionRows.length) await db.insert(t.eventQuestions).values(questionRows);
  const registrations: (typeof t.registrations.$inferInsert)[] = [];
  plans.forEach((plan, i) => {
    if (plan.status !== "published" && plan.status !== "cancelled") return;
    const past = plan.sessions[plan.sessions.length - 1].endsAt < now;
    const capacity = plan.capacity;
    let seats = plan.special === "full" ? capacity : plan.special === "nearly-full" ? capacity - random.int(1, 2) : Math.floor(capacity * (0.1 + random.next() * 0.6));
    if (capacity > 100) seats = Math.min(seats, 120);
    const waiting = plan.special === "full" ? random.int(2, 4) : 0;
    for (let n = 0; n < seats + waiting; n++) {
      const firstName = random.pick(firstNames);
      const lastName = random.pick(lastNames);
      const status = n >= seats ? "waitlisted" : past ? (random.next() < 0.85 ? "attended" : "no_show") : plan.status === "cancelled" ? "cancelled" : "confirmed";
      const createdAt = new Date(plan.sessions[0].startsAt.getTime() - (60 - n * 0.5) * DAY);
      registrations.push({
        eventId: eventIds[i],
        status,
        firstName,
        lastName,
        email: `${firstName}.${lastName}.${i}-${n}@example.org`.toLowerCase(),
        emailNormalized: `${firstName}.${lastName}.${i}-${n}@example.org`.toLowerCase(),
        initiativeId: random.next() < 0.8 ? random.pick(ids.initiatives) : null,
        source: random.next() < 0.1 ? "staff" : "online",
        createdAt,
        updatedAt: createdAt,
      });
    }
  });
  await insertInChunks(db, registrations);
  // The year before the calendar, for the statistics: inserted after the rest and drawn from a
  // random generator of its own, so that the events above keep their ids and their draws.
  const pastRandom = seededRandom(PAST_YEAR_SEED);
  const pastYear = await db.transaction((tx) => seedPastYear(tx as unknown as Database, ids, now, slugs, pastRandom));
  // One transaction each: certificates are inserted one by one (as the platform does), and a commit
  // per row would make the seed several times slower.
  const attendance = await db.transaction((tx) => seedAttendance(tx as unknown as Database, now, random, { except: pastYear.eventIds }));
  const pastAttendance = await db.transaction((tx) => seedAttendance(tx as unknown as Database, now, pastRandom, { only: pastYear.eventIds }));
  await seedDemoAccounts(db, ids.organisations);
  await db.insert(t.appMeta).values({ key: DEMO_MARKER, value: now.toISOString() });
  return {
    ids,
    events: plans.length + pastYear.events,
    registrations: registrations.length + pastYear.registrations,
    marks: attendance.marks + pastAttendance.marks,
    certificates: attendance.certificates + pastAttendance.certificates,
    answers: attendance.answers + pastAttendance.answers,
  };
}
