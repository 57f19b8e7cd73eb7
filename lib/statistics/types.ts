/**
 * The shapes of the programme's statistics: what lib/statistics/figures.ts computes and the page,
 * the XLSX, the PDF and the API show. One definition of every figure lives in figures.ts; nothing
 * else counts.
 *
 * Which events count for a period: an event belongs to the period its first session starts in
 * (Europe/Berlin), with all its sessions, seats and registrations, so that months add up to the
 * year. Supervision groups are kept apart (their own line), everything else is "events".
 */

/** A period: [from, to) as UTC instants of Berlin midnights, and its label ("2026", "2. Quartal 2026", …). */
export type StatisticsPeriod = {
  from: Date;
  to: Date;
  label: string;
  /** What the GET parameters said, to build links and the filter form again. */
  kind: "year" | "quarter" | "month" | "range";
  params: Record<string, string>;
};

export type StatisticsFilter = {
  period: StatisticsPeriod;
  /** Only the office may choose; a partner is always limited to its own organisation. */
  organisationId?: number;
  formatId?: number;
  topicId?: number;
};

/** The headline figures. Rates are 0..1 (null when the base is 0); hours are decimal hours. */
export type StatisticsTotals = {
  /** Published, not cancelled, first session in the period and already begun. */
  eventsHeld: number;
  /** Published and not yet begun (first session in the period, later than now). */
  eventsPlanned: number;
  /** Cancelled events whose first session lay in the period. */
  eventsCancelled: number;
  /** Sessions of the events held. */
  sessions: number;
  /** Sum of the durations of those sessions. */
  hoursOffered: number;
  /** Sum of the capacities of the events held. */
  seatsOffered: number;
  /** Every registration of the events held, whatever became of it. */
  registrations: number;
  /** Registrations holding a seat (confirmed, attended, no-show; also those promoted from the waiting list). */
  confirmed: number;
  /** Still on the waiting list, never given a seat: demand the events could not meet. */
  stillWaiting: number;
  /** confirmed / seatsOffered. */
  fillRate: number | null;
  /** Registrations present at one session at least. */
  attended: number;
  /** Share of seat holders at events with closed attendance who were present at no session. */
  noShowRate: number | null;
  /** Sum over every present mark of the session's duration. */
  participantHours: number;
  /** People present at one event at least, each counted once (by e-mail address, else by name). */
  distinctVolunteers: number;
  /** Of those, people whose first attended event (ever) lies in this period. */
  firstTimeVolunteers: number;
  /** Initiatives named by people who attended, and how many the list has (active ones). */
  initiativesReached: number;
  initiativesListed: number;
  /** Valid certificates of the events held. */
  certificatesIssued: number;
  feedback: { answers: number; overallAverage: number | null; helpfulAverage: number | null; recommendShare: number | null };
};

/** Supervision groups, as their own line and without any name. */
export type SupervisionTotals = { groups: number; sessions: number; members: number; presentMarks: number; possibleMarks: number };

/** One row of a breakdown (by month, format, topic, organisation, initiative). */
export type BreakdownRow = {
  key: string;
  label: string;
  events: number;
  hoursOffered: number;
  seatsOffered: number;
  registrations: number;
  confirmed: number;
  attended: number;
  participantHours: number;
  fillRate: number | null;
};

/** Attendees per initiative: the 15 largest, then "weitere" summed. */
export type InitiativeRow = { label: string; attendees: number };

/** One event of the period, for the per-event table of the report (no personal data). */
export type EventRow = {
  id: number;
  title: string;
  organisation: string;
  format: string;
  startsAt: Date;
  status: "held" | "planned" | "cancelled";
  sessions: number;
  hoursOffered: number;
  capacity: number;
  confirmed: number;
  stillWaiting: number;
  attended: number;
  participantHours: number;
  certificates: number;
  feedbackAnswers: number;
};

export type Statistics = {
  filter: StatisticsFilter;
  /** Set for a partner: its organisation's name (the figures cover only it). */
  organisationName: string | null;
  totals: StatisticsTotals;
  supervision: SupervisionTotals;
  byMonth: BreakdownRow[];
  byFormat: BreakdownRow[];
  byTopic: BreakdownRow[];
  byOrganisation: BreakdownRow[];
  byInitiative: InitiativeRow[];
  events: EventRow[];
};
