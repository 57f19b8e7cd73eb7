import { absoluteUrl } from "@/lib/config/env";
import { toOffsetIso } from "@/lib/dates/format";
import { eventJsonLd } from "@/lib/events/json-ld";
import type { PublicEvent } from "@/lib/events/public-queries";
import { applicationDeadline, placesOpen } from "./public-rules";

/**
 * schema.org Event of a supervision group: the event's JSON-LD (with every session as a subEvent),
 * pointing to the group's own page, and an offer that follows the application window.
 */
export function supervisionGroupJsonLd(group: PublicEvent, now = new Date()) {
  const base = eventJsonLd(group);
  const url = absoluteUrl(`/supervision/${group.event.slug}`);
  const open = placesOpen(group.event, group.seatsTaken, now);
  return {
    ...base,
    url,
    offers: { ...base.offers, url, availability: `https://schema.org/${open ? "InStock" : "SoldOut"}`, validThrough: toOffsetIso(applicationDeadline(group.event)) },
  };
}
