import { sql } from "drizzle-orm";
import { sqliteTable, integer, text, index, primaryKey, uniqueIndex, check } from "drizzle-orm/sqlite-core";
import { createdAt, instant, updatedAt } from "./columns";
import { accounts } from "./accounts";
import { events, eventSessions } from "./events";
import { initiatives } from "./catalog";

/**
 * "applied" and "declined" belong to supervision groups, where one applies and the organiser
 * decides: an accepted member is "confirmed", someone put on the waiting list "waitlisted".
 */
export const registrationStatuses = ["confirmed", "waitlisted", "cancelled", "attended", "no_show", "applied", "declined"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** Statuses that hold a seat of the event's capacity. */
export const seatHoldingStatuses = ["confirmed", "attended", "no_show"] as const satisfies RegistrationStatus[];

/** Statuses of a live registration or application: one per e-mail address and event. */
export const activeStatuses = ["confirmed", "waitlisted", "applied"] as const satisfies RegistrationStatus[];

/** A person's registration for an event: a seat, a place on the waiting list, or a past one. */
export const registrations = sqliteTable(
  "registrations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id),
    status: text("status", { enum: registrationStatuses }).notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email"),
    /** Lower-cased e-mail, for the one-registration-per-address rule. */
    emailNormalized: text("email_normalized"),
    phone: text("phone"),
    initiativeId: integer("initiative_id").references(() => initiatives.id),
    initiativeOther: text("initiative_other"),
    accessibilityNeeds: text("accessibility_needs"),
    /** Answers to the organiser's extra questions: { [questionId]: string | string[] | boolean }. */
    answers: text("answers", { mode: "json" }).$type<Record<string, string | string[] | boolean>>().notNull().default({}),
    /** Which version of the privacy notice the person agreed to, and when. */
    consentVersion: text("consent_version"),
    consentAt: instant("consent_at"),
    /** The language the person registered in (the page's language); every later mail to them uses it. */
    locale: text("locale", { enum: ["de", "en"] }).notNull().default("de"),
    /** When the person moved from the waiting list onto the event. */
    promotedAt: instant("promoted_at"),
    /** The office's note on a phone registration (source "staff"); never shown to the person. */
    officeNote: text("office_note"),
    /** "online" through the public form, "staff" when the office entered a phone registration. */
    source: text("source", { enum: ["online", "staff"] }).notNull().default("online"),
    /** The member of staff who entered a phone registration (source "staff"). */
    enteredByAccountId: integer("entered_by_account_id").references(() => accounts.id, { onDelete: "set null" }),
    /** When attendance (attended or no-show) was last marked at the check-in. */
    checkedInAt: instant("checked_in_at"),
    /**
     * Supervision groups: what the person wrote about their volunteering and hopes. Confidential:
     * only the organisation that runs the group and the city's office read it (and reading it is
     * recorded in the audit log).
     */
    motivation: text("motivation"),
    /** Supervision groups: whether the person can come to every session. */
    canAttendAll: integer("can_attend_all", { mode: "boolean" }),
    cancelledAt: instant("cancelled_at"),
    /**
     * The person has given feedback for this event. A one-way mark: the answer itself is stored
     * without any link to the registration (db/schema/feedback.ts); setting the mark must not touch
     * updated_at, or the time would link the two.
     */
    feedbackGiven: integer("feedback_given", { mode: "boolean" }).notNull().default(false),
    /**
     * Who the person is for the statistics, however many registrations they have: the lower-cased
     * address, else "name:" and the lower-cased name (phone registrations). Set by a trigger on
     * insert and on changes of address or name (db/triggers/statistics.ts); anonymisation replaces it
     * with a random key (lib/privacy/anonymise.ts), after which the trigger leaves it alone.
     */
    personKey: text("person_key"),
    /**
     * When this person first attended an event of the programme (person_first_attendance), copied
     * onto each of their registrations by the same triggers so that the statistics count first-time
     * volunteers in the one pass that finds the attendees.
     */
    personFirstAt: integer("person_first_at"),
    /**
     * The row number of this person in person_first_attendance (null until they attended): a small
     * integer that the statistics count distinct people by, copied like person_first_at.
     */
    personNo: integer("person_no"),
    /** Sessions of the event this person was marked present at, and their summed duration (ms). Kept by triggers on session_attendance. */
    presentSessions: integer("present_sessions").notNull().default(0),
    presentMs: integer("present_ms").notNull().default(0),
    /** When the personal data was removed (retention or "Meine Daten löschen"); what statistics need stays. */
    anonymisedAt: instant("anonymised_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("registrations_event_status_idx").on(t.eventId, t.status),
    index("registrations_email_idx").on(t.email),
    index("registrations_event_waitlist_idx").on(t.eventId, t.status, t.createdAt, t.id),
    index("registrations_initiative_idx").on(t.initiativeId),
    // Statistics: the attendees of a set of events, covering (lib/statistics/people-figures.ts).
    index("registrations_statistics_idx").on(t.eventId, t.status, t.presentSessions, t.personNo, t.initiativeId, t.personFirstAt),
    index("registrations_person_key_idx").on(t.personKey),
    // The per-address limit counts an address's registrations (lib/registrations/spam.ts).
    index("registrations_email_normalized_idx").on(t.emailNormalized, t.createdAt),
    // The allowed values; the allowed changes between them are in lib/registrations/rules.ts.
    check("registrations_status_check", sql.raw(`status in (${registrationStatuses.map((s) => `'${s}'`).join(", ")})`)),
    // The database itself refuses a second live registration of one address for one event.
    uniqueIndex("registrations_event_email_active_uq")
      .on(t.eventId, t.emailNormalized)
      .where(sql`status in ('confirmed', 'waitlisted', 'applied') and email_normalized is not null`),
  ],
);

export type Registration = typeof registrations.$inferSelect;

/**
 * Private manage links. Every mail that carries a link gets a token of its own (so mails sent later,
 * e.g. a promotion, can carry a link although earlier tokens are stored only as hashes). All tokens
 * of a registration stay valid until it is deleted or anonymised.
 */
export const registrationTokens = sqliteTable(
  "registration_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    registrationId: integer("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("registration_tokens_registration_idx").on(t.registrationId)],
);

export const questionKinds = ["short_text", "long_text", "single_choice", "multiple_choice", "yes_no"] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** The organiser's extra questions on an event's registration form. */
export const eventQuestions = sqliteTable(
  "event_questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    kind: text("kind", { enum: questionKinds }).notNull(),
    label: text("label").notNull(),
    help: text("help"),
    required: integer("required", { mode: "boolean" }).notNull().default(false),
    /** Choices for single and multiple choice questions. */
    options: text("options", { mode: "json" }).$type<string[]>().notNull().default([]),
  },
  (t) => [index("event_questions_event_idx").on(t.eventId, t.position)],
);

export type EventQuestion = typeof eventQuestions.$inferSelect;

export const attendanceStatuses = ["present", "absent"] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** Attendance per session (supervision groups meet several times; certificates count from here). */
export const sessionAttendance = sqliteTable(
  "session_attendance",
  {
    registrationId: integer("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    /** A session with recorded attendance cannot be deleted (the editor says so): certificates count from here. */
    sessionId: integer("session_id")
      .notNull()
      .references(() => eventSessions.id, { onDelete: "restrict" }),
    status: text("status", { enum: attendanceStatuses }).notNull(),
    recordedAt: instant("recorded_at").notNull(),
    recordedByAccountId: integer("recorded_by_account_id").references(() => accounts.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.registrationId, t.sessionId] }),
    // Statistics: present marks per session (lib/statistics/event-figures.ts) and per person (people-figures.ts).
    index("session_attendance_session_status_idx").on(t.sessionId, t.status, t.registrationId),
    index("session_attendance_registration_status_idx").on(t.registrationId, t.status),
  ],
);
