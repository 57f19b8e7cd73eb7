import "server-only";
import { eq } from "drizzle-orm";
import { eventQuestions, registrations } from "@/db/schema";
import type { Tx } from "@/lib/db/write-transaction";
import { translator } from "@/lib/i18n/translator";
import type { EventFormInput } from "./event-form-schema";
import { EventInputError } from "./event-input-error";

/**
 * Saves the extra questions of an event as the editor sends them, in their order.
 *
 * Answers are stored on registrations keyed by question id ("q12"). So that they stay readable:
 * - an existing question is updated in place (its id stays, and with it every answer);
 * - a question somebody has already answered can be reworded, get other options or become optional,
 *   but it cannot be removed and cannot change its kind (a yes/no answer would not fit a choice);
 * - questions nobody answered can be removed freely; new ones can be added anywhere.
 * Existing questions the form does not mention at all are left as they are (a stale or tampered
 * form never deletes anything by leaving a row out).
 */
const t = translator("de", "internEvents");

async function answeredQuestionIds(tx: Tx, eventId: number): Promise<Set<number>> {
  const rows = await tx.select({ answers: registrations.answers }).from(registrations).where(eq(registrations.eventId, eventId));
  const ids = new Set<number>();
  for (const { answers } of rows) {
    for (const [key, value] of Object.entries(answers ?? {})) {
      const answered = Array.isArray(value) ? value.length > 0 : value !== "" && value !== null && value !== undefined;
      if (answered && /^q\d+$/.test(key)) ids.add(Number(key.slice(1)));
    }
  }
  return ids;
}

export async function syncQuestions(tx: Tx, eventId: number, rows: EventFormInput["questions"]): Promise<void> {
  const existing = new Map((await tx.select().from(eventQuestions).where(eq(eventQuestions.eventId, eventId))).map((q) => [q.id, q]));
  const answered = await answeredQuestionIds(tx, eventId);
  let position = 0;
  for (const [index, row] of rows.entries()) {
    if (!row) continue;
    const values = { label: row.label, help: row.help, kind: row.kind, required: row.required, options: row.kind === "single_choice" || row.kind === "multiple_choice" ? row.options : [] };
    if (row.id === undefined) {
      if (!row.remove) await tx.insert(eventQuestions).values({ ...values, eventId, position: ++position });
      continue;
    }
    const current = existing.get(row.id);
    // A question id of another event looks like one that does not exist.
    if (!current) throw new EventInputError(`questions.${index}.label`, t("form.errors.unknownChoice"));
    if (row.remove) {
      if (answered.has(row.id)) throw new EventInputError(`questions.${index}.remove`, t("form.errors.questionAnswered"));
      await tx.delete(eventQuestions).where(eq(eventQuestions.id, row.id));
      continue;
    }
    if (row.kind !== current.kind && answered.has(row.id)) throw new EventInputError(`questions.${index}.kind`, t("form.errors.questionAnswered"));
    await tx.update(eventQuestions).set({ ...values, position: ++position }).where(eq(eventQuestions.id, row.id));
  }
}
