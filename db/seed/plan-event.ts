import { localDateTime, localParts } from "@/lib/dates/berlin";
import { formatLongDate } from "@/lib/dates/format";
import { slugify } from "@/lib/util/slug";
import type { EventTemplate } from "./event-templates";
import type { EventPlan } from "./insert-events";
import { trainers } from "./people";

/** How the demo turns a template and a day into an event: shared by the demo's calendar and its past year. */

const DAY = 24 * 3600 * 1000;

/** The ids of the demo's reference data, by slug (venues by key). */
export type Ids = {
  organisations: Map<string, number>;
  formats: Map<string, number>;
  topics: Map<string, number>;
  venues: Map<string, number>;
  initiatives: number[];
};

/** Session instants for a template on a local day, repeating weekly for multi-session events. */
export function sessionsFor(template: EventTemplate, day: { year: number; month: number; day: number }) {
  return Array.from({ length: template.sessions }, (_, i) => {
    const startsAt = localDateTime(day.year, day.month, day.day + 7 * i, template.hour, 0);
    return { startsAt, endsAt: new Date(startsAt.getTime() + template.minutes * 60000) };
  });
}

/** The local day `offset` days from now, moved to a weekday that suits the template. */
export function dayFor(now: Date, offset: number, template: EventTemplate) {
  const p = localParts(new Date(now.getTime() + offset * DAY));
  // Daytime events go to Saturday; evening events to Tuesday–Thursday.
  const wanted = template.hour < 14 ? [6] : [2, 3, 4];
  let shift = 0;
  while (!wanted.includes((p.weekday + shift) % 7)) shift++;
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day + shift));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export type Special = "full" | "nearly-full" | "cancelled" | "draft" | "in_review" | "closed" | "not-yet-open" | "hidden-org" | null;

export function planEvent(template: EventTemplate, ids: Ids, now: Date, offset: number, index: number, special: Special, slugs: Set<string>): EventPlan & { special: Special } {
  const day = dayFor(now, offset, template);
  const sessions = sessionsFor(template, day);
  const start = sessions[0].startsAt;
  let slug = `${slugify(template.title)}-${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
  while (slugs.has(slug)) slug += "-2";
  slugs.add(slug);
  const organisation = special === "hidden-org" ? "verein-altstadtbruecke" : template.organisation;
  const status = special === "draft" ? "draft" : special === "in_review" ? "in_review" : special === "cancelled" ? "cancelled" : "published";
  return {
    special,
    slug,
    // Groups of one template run side by side: their start tells them apart in lists and mails.
    title: template.format === "gruppensupervision" ? `${template.title}, ab ${formatLongDate(start)}` : template.title,
    summary: template.summary,
    description: template.description,
    formatId: ids.formats.get(template.format)!,
    organisationId: ids.organisations.get(organisation)!,
    trainer: template.format === "dankesfest" ? null : trainers[index % trainers.length],
    targetGroup: template.targetGroup,
    attendanceMode: template.mode,
    venueId: template.venue ? ids.venues.get(template.venue)! : null,
    onlineUrl: template.mode === "in_person" ? null : `https://konferenz.example.org/raum/${slug.slice(0, 24)}`,
    capacity: template.capacity,
    registrationOpensAt: special === "not-yet-open" ? new Date(now.getTime() + 10 * DAY) : new Date(start.getTime() - 75 * DAY),
    registrationClosesAt: index % 3 === 0 ? new Date(start.getTime() - 2 * DAY) : null,
    registrationClosed: special === "closed",
    status,
    cancellationReason: special === "cancelled" ? "Die Referentin ist erkrankt. Wir bieten einen Ersatztermin an, sobald er feststeht." : null,
    sequence: special === "cancelled" ? 1 : 0,
    publishedAt: status === "published" || status === "cancelled" ? new Date(start.getTime() - 80 * DAY) : null,
    // Submitted two days ago, as the workflow would have stamped it (without it the queue said "Eingereicht am –").
    submittedAt: status === "in_review" ? new Date(now.getTime() - 2 * DAY) : null,
    sessions,
    topicIds: template.topics.map((s) => ids.topics.get(s)!),
    languages: template.languages,
  };
}
