import { absoluteUrl } from "@/lib/config/env";
import { toOffsetIso } from "@/lib/dates/format";
import type { PublicEvent } from "./public-queries";
import { registrationDeadline, seatAvailability } from "./rules";

/** schema.org Event for search engines: status, attendance mode, place, organiser, a free offer. */
export function eventJsonLd(e: PublicEvent) {
  const url = absoluteUrl(`/veranstaltungen/${e.event.slug}`);
  const { state } = seatAvailability(e.event.capacity, e.seatsTaken);
  const mode = { in_person: "OfflineEventAttendanceMode", online: "OnlineEventAttendanceMode", hybrid: "MixedEventAttendanceMode" }[e.event.attendanceMode];
  const physical = e.venue
    ? {
        "@type": "Place",
        name: e.venue.name,
        address: {
          "@type": "PostalAddress",
          streetAddress: e.venue.street,
          postalCode: e.venue.postalCode,
          addressLocality: e.venue.city,
          addressCountry: "DE",
        },
      }
    : null;
  const virtual = e.event.attendanceMode !== "in_person" ? { "@type": "VirtualLocation", url: e.event.onlineUrl ?? url } : null;
  const location = [physical, virtual].filter(Boolean);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: e.event.title,
    description: e.event.summary,
    url,
    startDate: toOffsetIso(e.event.startsAt),
    endDate: toOffsetIso(e.event.endsAt),
    eventStatus: `https://schema.org/${e.event.status === "cancelled" ? "EventCancelled" : "EventScheduled"}`,
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: location.length === 1 ? location[0] : location,
    organizer: { "@type": "Organization", name: e.organisation.name, ...(e.organisation.website ? { url: e.organisation.website } : {}) },
    ...(e.event.trainer ? { performer: { "@type": "Person", name: e.event.trainer } } : {}),
    inLanguage: e.languages,
    isAccessibleForFree: true,
    maximumAttendeeCapacity: e.event.capacity,
    remainingAttendeeCapacity: Math.max(0, e.event.capacity - e.seatsTaken),
    offers: {
      "@type": "Offer",
      price: 0,
      priceCurrency: "EUR",
      url,
      availability: `https://schema.org/${state === "full" ? "SoldOut" : state === "few" ? "LimitedAvailability" : "InStock"}`,
      validThrough: toOffsetIso(registrationDeadline(e.event)),
      ...(e.event.registrationOpensAt ? { validFrom: toOffsetIso(e.event.registrationOpensAt) } : {}),
    },
    ...(e.sessions.length > 1
      ? {
          subEvent: e.sessions.map((s, i) => ({
            "@type": "Event",
            name: `${e.event.title} (${i + 1}/${e.sessions.length})`,
            startDate: toOffsetIso(s.startsAt),
            endDate: toOffsetIso(s.endsAt),
          })),
        }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" in event texts. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
