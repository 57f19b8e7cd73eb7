import type { Database } from "@/db/connect";
import * as t from "@/db/schema";
import { celebrationTemplate, eventTemplates, type EventTemplate } from "./event-templates";
import { insertEvents, insertInChunks } from "./insert-events";
import { firstNames, lastNames } from "./people";
import { planEvent, type Ids, type Special } from "./plan-event";
import type { seededRandom } from "./random";

const DAY = 24 * 3600 * 1000;
type Random = ReturnType<typeof seededRandom>;
type RegistrationRow = typeof t.registrations.$inferInsert;

/** The seed of the past year's own random generator: its draws never shift those of the rest of the demo. */
export const PAST_YEAR_SEED = 2025;

/** Past-year events lie between these many days before now (the rest of the demo starts 90 days back). */
const OLDEST = 365;
const NEWEST = 98;
const REGULAR_EVENTS = 88;
/** Supervision groups of the past year (five weekly sessions each), days before now. */
const SUPERVISION_OFFSETS = [-345, -290, -230, -165];
const CELEBRATION_OFFSET = -215;

const supervisionTemplate = eventTemplates.find((e) => e.format === "gruppensupervision")!;
// Introductions and information evenings run more often than the specialised trainings.
const regularPool = [
  ...eventTemplates.filter((e) => e !== supervisionTemplate),
  ...eventTemplates.filter((e) => e.format === "einfuehrung" || e.format === "infoabend"),
  ...eventTemplates.filter((e) => e.format === "einfuehrung"),
];

const motivations = [
  "Ich begleite seit einem Jahr eine Familie und möchte schwierige Situationen besprechen können.",
  "Als Patin erlebe ich viel, das mich beschäftigt. Ich wünsche mir einen festen Rahmen zum Austausch.",
  "Ich bin neu in der Patenschaft und möchte von der Erfahrung anderer lernen.",
];

type Person = { firstName: string; lastName: string; email: string; initiativeId: number | null };

/**
 * A pool of volunteers who come back: some register for many events, most for one or two, so that
 * "distinct volunteers" and "first-time volunteers" differ from the number of registrations.
 * Initiatives are skewed too: a few large ones send many people.
 */
function volunteerPool(random: Random, initiatives: number[], size: number): Person[] {
  return Array.from({ length: size }, (_, k) => {
    const firstName = random.pick(firstNames);
    const lastName = random.pick(lastNames);
    const email = `${firstName}.${lastName}.v${k}@example.org`.toLowerCase();
    const initiativeId = random.next() < 0.8 ? initiatives[Math.floor(initiatives.length * random.next() ** 2)] : null;
    return { firstName, lastName, email, initiativeId };
  });
}

/** Distinct people for one event, the regulars more likely than the others. */
function peopleFor(random: Random, pool: Person[], count: number): Person[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, pool.length)) chosen.add(Math.floor(pool.length * random.next() ** 1.6));
  return [...chosen].map((i) => pool[i]);
}

/** How many people got a seat, waited in vain, or cancelled, for an event that took place. */
function demandFor(random: Random, capacity: number, supervision: boolean) {
  const room = Math.min(capacity, 120);
  const r = random.next();
  if (supervision) return { seats: capacity - random.int(0, 2), waiting: random.int(0, 3), declined: random.int(1, 3), cancelled: random.int(0, 1) };
  if (r < 0.3) return { seats: room, waiting: random.int(1, Math.max(2, Math.round(room * 0.25))), declined: 0, cancelled: random.int(1, 3) };
  if (r < 0.75) return { seats: Math.round(room * (0.75 + random.next() * 0.25)), waiting: 0, declined: 0, cancelled: random.int(0, 2) };
  return { seats: Math.max(3, Math.round(room * (0.4 + random.next() * 0.35))), waiting: 0, declined: 0, cancelled: random.int(0, 1) };
}

function plannedEvents(random: Random, ids: Ids, now: Date, slugs: Set<string>) {
  const plans: (ReturnType<typeof planEvent> & { supervision: boolean })[] = [];
  const add = (template: EventTemplate, offset: number, index: number, special: Special, supervision = false) =>
    plans.push({ ...planEvent(template, ids, now, offset, index, special, slugs), supervision });
  for (let i = 0; i < REGULAR_EVENTS; i++) {
    const offset = -OLDEST + Math.floor((i * (OLDEST - NEWEST)) / REGULAR_EVENTS);
    const day = new Date(now.getTime() + offset * DAY);
    // Fewer events in the summer holidays and between Christmas and New Year.
    const month = day.getUTCMonth() + 1;
    if ((month === 8 && random.next() < 0.6) || (month === 12 && day.getUTCDate() > 18)) continue;
    // Each template stays with its organisation: tests tell organisations' events apart by title.
    add(random.pick(regularPool), offset, 300 + i, random.next() < 0.05 ? "cancelled" : null);
  }
  SUPERVISION_OFFSETS.forEach((offset, i) => add(supervisionTemplate, offset, 400 + i, null, true));
  add(celebrationTemplate, CELEBRATION_OFFSET, 410, null);
  return plans;
}

/**
 * The demo's past year: about 90 events from a year to three months before now, with the
 * registrations such a year leaves behind (most events fairly full, some with a waiting list that
 * never moved, a few cancellations, a few cancelled events, supervision groups with applications).
 * Attendance, certificates and feedback follow from ./attendance.ts like for the rest of the demo.
 * Uses its own random generator and inserts after the rest of the demo, so that the other events
 * keep their ids and draws. Returns the ids of the new events.
 */
export async function seedPastYear(db: Database, ids: Ids, now: Date, slugs: Set<string>, random: Random) {
  const plans = plannedEvents(random, ids, now, slugs);
  const eventIds = await insertEvents(db, plans);
  const pool = volunteerPool(random, ids.initiatives, 650);
  const rows: RegistrationRow[] = [];
  plans.forEach((plan, i) => {
    const start = plan.sessions[0].startsAt;
    const opened = plan.registrationOpensAt!.getTime();
    const span = start.getTime() - opened;
    const at = (share: number) => new Date(opened + Math.floor(span * Math.min(0.98, share)));
    const row = (person: Person, status: RegistrationRow["status"], createdAt: Date, extra: Partial<RegistrationRow> = {}): RegistrationRow => ({
      eventId: eventIds[i],
      status,
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      emailNormalized: person.email,
      initiativeId: person.initiativeId,
      source: random.next() < 0.1 ? "staff" : "online",
      createdAt,
      updatedAt: extra.cancelledAt ?? extra.promotedAt ?? createdAt,
      ...(plan.supervision ? { motivation: random.pick(motivations), canAttendAll: random.next() < 0.85 } : {}),
      ...extra,
    });
    if (plan.status === "cancelled") {
      // Everyone registered was told of the cancellation; their registrations ended with it.
      const cancelledAt = new Date(start.getTime() - random.int(3, 10) * DAY);
      peopleFor(random, pool, Math.round(plan.capacity * (0.3 + random.next() * 0.4))).forEach((person, n, all) =>
        rows.push(row(person, "cancelled", at((n / all.length) * 0.8), { cancelledAt })),
      );
      return;
    }
    const demand = demandFor(random, plan.capacity, plan.supervision);
    const people = peopleFor(random, pool, demand.seats + demand.waiting + demand.declined + demand.cancelled);
    const promoted = demand.waiting > 0 && demand.cancelled > 0 ? demand.cancelled : 0;
    people.forEach((person, n) => {
      const createdAt = at((n / people.length) * 0.9 + random.next() * 0.05);
      if (n < demand.seats) {
        const status = random.next() < 0.86 ? "attended" : "no_show";
        // The last few seats went to people from the waiting list when others cancelled.
        const promotedAt = n >= demand.seats - promoted ? new Date(createdAt.getTime() + random.int(1, 5) * DAY) : undefined;
        rows.push(row(person, status, createdAt, promotedAt && promotedAt < start ? { promotedAt } : {}));
      } else if (n < demand.seats + demand.waiting) {
        rows.push(row(person, "waitlisted", createdAt));
      } else if (n < demand.seats + demand.waiting + demand.declined) {
        rows.push(row(person, "declined", createdAt, { updatedAt: new Date(createdAt.getTime() + 3 * DAY) }));
      } else {
        // Registered early, cancelled before the event.
        const early = at(random.next() * 0.3);
        rows.push(row(person, "cancelled", early, { cancelledAt: new Date(early.getTime() + random.int(2, 20) * DAY) }));
      }
    });
  });
  await insertInChunks(db, rows);
  return { eventIds: new Set(eventIds), events: plans.length, registrations: rows.length };
}
