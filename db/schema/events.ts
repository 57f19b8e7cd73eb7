import { sql } from "drizzle-orm";
import { sqliteTable, integer, text, index, primaryKey } from "drizzle-orm/sqlite-core";
import { createdAt, instant, updatedAt } from "./columns";
import { organisations } from "./organisations";
import { formats, topics } from "./catalog";
import { venues } from "./venues";
import { accounts } from "./accounts";

export const eventStatuses = ["draft", "in_review", "published", "cancelled"] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** Statuses the public may see. Cancelled events stay visible, marked as cancelled. */
export const publicEventStatuses = ["published", "cancelled"] as const satisfies EventStatus[];

/**
 * `status in ('published', 'cancelled')` with the values written into the SQL. The partial indexes
 * below hold public events only, and SQLite uses a partial index only when the query repeats its
 * condition with the same constants (bound parameters do not count): public queries use this too
 * (lib/events/visibility.ts).
 */
export const publicStatusSql = `status in (${publicEventStatuses.map((s) => `'${s}'`).join(", ")})`;

/**
 * The indexes of the public calendar, by name: the list names them in INDEXED BY (SQLite's planner,
 * without statistics, otherwise sorts thousands of rows for a page of 20; lib/events/public-queries.ts).
 */
export const publicEventIndexes = {
  /** Public events in calendar order: a page (and the feed) reads its rows in order and stops. */
  byStart: "events_public_starts_idx",
  /** Public events per organisation by end: counts run per active organisation, on the index alone. */
  byOrganisation: "events_public_organisation_idx",
  /** Public events by id: a full-text search looks up its matches here, without reading event rows. */
  byId: "events_public_id_idx",
} as const;

export const attendanceModes = ["in_person", "online", "hybrid"] as const;
export type AttendanceMode = (typeof attendanceModes)[number];

/** Events created together as a series (weekly, monthly or picked dates) stay linked. */
export const eventSeries = sqliteTable("event_series", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  organisationId: integer("organisation_id")
    .notNull()
    .references(() => organisations.id),
  title: text("title").notNull(),
  recurrence: text("recurrence", { enum: ["weekly", "monthly", "dates"] }).notNull(),
  createdAt: createdAt(),
});

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    description: text("description").notNull(),
    /** Optional English title and summary for the English pages; without them those show the German text. */
    titleEn: text("title_en"),
    summaryEn: text("summary_en"),
    formatId: integer("format_id")
      .notNull()
      .references(() => formats.id),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    seriesId: integer("series_id").references(() => eventSeries.id),
    trainer: text("trainer"),
    targetGroup: text("target_group"),
    attendanceMode: text("attendance_mode", { enum: attendanceModes }).notNull().default("in_person"),
    venueId: integer("venue_id").references(() => venues.id),
    onlineUrl: text("online_url"),
    capacity: integer("capacity").notNull(),
    registrationOpensAt: instant("registration_opens_at"),
    registrationClosesAt: instant("registration_closes_at"),
    /** Set when the organiser closes registration early. */
    registrationClosed: integer("registration_closed", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: eventStatuses }).notNull().default("draft"),
    cancellationReason: text("cancellation_reason"),
    reviewComment: text("review_comment"),
    /**
     * A change to a published event that waits for the office's review (organisations that are not
     * trusted): the proposed values of the reviewed fields, while the published ones stay visible.
     * Written and read only by lib/event-admin/revision-*.ts, which owns its shape.
     */
    pendingRevision: text("pending_revision", { mode: "json" }).$type<{ values: Record<string, unknown>; submittedAt: string; accountId: number }>(),
    reminderEnabled: integer("reminder_enabled", { mode: "boolean" }).notNull().default(true),
    /** Supervision groups: whether people may still apply after the first session. */
    openAfterStart: integer("open_after_start", { mode: "boolean" }).notNull().default(false),
    /**
     * Share of the sessions (in per cent) a person must attend for a certificate, when the event has
     * more than one session; a single-session event needs that session (lib/certificates/entitlement.ts).
     */
    certificateThresholdPercent: integer("certificate_threshold_percent").notNull().default(75),
    /**
     * When the organiser closed attendance ("Anwesenheit abschließen"): certificates and feedback
     * follow from it. Null while attendance is open (also after reopening it for a correction).
     */
    attendanceClosedAt: instant("attendance_closed_at"),
    attendanceClosedByAccountId: integer("attendance_closed_by_account_id").references(() => accounts.id, { onDelete: "set null" }),
    /** iCalendar SEQUENCE: raised on every change participants are told about. */
    sequence: integer("sequence").notNull().default(0),
    /**
     * First session start and last session end, kept in step with event_sessions by the data layer.
     * They exist so that the calendar can sort, page and filter by date with one index.
     */
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    publishedAt: instant("published_at"),
    /** When the organiser last submitted the event for review. */
    submittedAt: instant("submitted_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Format and organisation too, so that the statistics' scopes (lib/statistics/filter.ts) are
    // decided on the index before any event row is read.
    index("events_status_starts_idx").on(t.status, t.startsAt, t.formatId, t.organisationId),
    // Covers the public calendar's count and page (status, time window, organisation, order) so
    // that both run on the index alone, without reading event rows.
    index("events_public_list_idx").on(t.status, t.endsAt, t.organisationId, t.startsAt),
    // The columns that the calendar's filters test (time window, organisation, format, status,
    // capacity for free seats, attendance mode) ride along, so that skipping rows and counting never
    // read an event row (rows are long: the description makes most of them overflow a page).
    index(publicEventIndexes.byStart)
      .on(t.startsAt, t.id, t.endsAt, t.organisationId, t.formatId, t.status, t.capacity, t.attendanceMode)
      .where(sql.raw(publicStatusSql)),
    index(publicEventIndexes.byOrganisation)
      .on(t.organisationId, t.endsAt, t.formatId, t.status, t.capacity, t.attendanceMode)
      .where(sql.raw(publicStatusSql)),
    index(publicEventIndexes.byId)
      .on(t.id, t.startsAt, t.endsAt, t.organisationId, t.formatId, t.status, t.capacity, t.attendanceMode)
      .where(sql.raw(publicStatusSql)),
    index("events_format_starts_idx").on(t.formatId, t.startsAt),
    index("events_organisation_starts_idx").on(t.organisationId, t.startsAt),
    index("events_venue_idx").on(t.venueId),
    index("events_mode_idx").on(t.attendanceMode, t.startsAt),
    index("events_series_idx").on(t.seriesId),
  ],
);

/** One meeting of an event; an event may span several dates. */
export const eventSessions = sqliteTable(
  "event_sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    note: text("note"),
  },
  (t) => [index("event_sessions_event_starts_idx").on(t.eventId, t.startsAt)],
);

export const eventTopics = sqliteTable(
  "event_topics",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.topicId] }), index("event_topics_topic_idx").on(t.topicId, t.eventId)],
);

/** Languages an event is held in, as ISO 639-1 codes ("de", "en", "ar", …). */
export const eventLanguages = sqliteTable(
  "event_languages",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.language] }),
    index("event_languages_language_idx").on(t.language, t.eventId),
  ],
);

export type Event = typeof events.$inferSelect;
export type EventSession = typeof eventSessions.$inferSelect;
