import { sql } from "drizzle-orm";
import { sqliteTable, integer, text, index, check } from "drizzle-orm/sqlite-core";
import { events } from "./events";

/**
 * Anonymous feedback after an event ("Ihre Rückmeldung"). Deliberately without any link to the
 * person: no registration id, no address, no time finer than the day, a random key, and the table
 * is created WITHOUT ROWID (see its migration) so that not even the order of insertion is kept.
 * The registration only gets a one-way mark (registrations.feedback_given).
 */
export const feedbackAnswers = sqliteTable(
  "feedback_answers",
  {
    /** Random, so that the key says nothing about when or in which order answers came. */
    id: text("id").primaryKey(),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** The day of the answer in Berlin, "YYYY-MM-DD" (for statistics by period; nothing finer). */
    answeredOn: text("answered_on").notNull(),
    /** Overall rating, 1 (poor) to 5 (very good). */
    overall: integer("overall").notNull(),
    /** "Das Gelernte hilft mir in meinem Ehrenamt", 1 (not at all) to 5 (very much). */
    helpful: integer("helpful").notNull(),
    wouldRecommend: integer("would_recommend", { mode: "boolean" }).notNull(),
    comment: text("comment"),
  },
  (t) => [
    index("feedback_answers_event_idx").on(t.eventId),
    check("feedback_answers_overall_check", sql`overall between 1 and 5`),
    check("feedback_answers_helpful_check", sql`helpful between 1 and 5`),
  ],
);

export type FeedbackAnswer = typeof feedbackAnswers.$inferSelect;
