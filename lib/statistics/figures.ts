import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Statistics, StatisticsFilter } from "./types";

/**
 * Every figure of the statistics, computed in SQL for the actor's scope (lib/statistics/filter.ts).
 * PLACEHOLDER: returns zeros until the queries land (same shape).
 */
export async function statisticsFor(actor: Actor, filter: StatisticsFilter, now = new Date()): Promise<Statistics> {
  void now;
  return {
    filter,
    organisationName: actor.role === "coordinator" ? null : actor.organisationName,
    totals: {
      eventsHeld: 0, eventsPlanned: 0, eventsCancelled: 0, sessions: 0, hoursOffered: 0, seatsOffered: 0, registrations: 0, confirmed: 0, stillWaiting: 0, fillRate: null,
      attended: 0, noShowRate: null, participantHours: 0, distinctVolunteers: 0, firstTimeVolunteers: 0, initiativesReached: 0, initiativesListed: 0, certificatesIssued: 0,
      feedback: { answers: 0, overallAverage: null, helpfulAverage: null, recommendShare: null },
    },
    supervision: { groups: 0, sessions: 0, members: 0, presentMarks: 0, possibleMarks: 0 },
    byMonth: [], byFormat: [], byTopic: [], byOrganisation: [], byInitiative: [], events: [],
  };
}
