import { keptQuestions, type EventFormInput, type QuestionRow } from "./event-form-schema";

/**
 * What an organisation that is not trusted may change on a published event without the office's
 * review, and what goes back to review (docs/event-review.md explains why):
 * - reviewed: the words and the kind of offer the public reads (title, summary, description,
 *   format, trainer, target group, topics, languages, the registration form's extra questions);
 * - free: practical details (seats, registration window, place and online link, dates and times,
 *   reminders). People already registered hear of a new time or place by the change mail at once;
 *   holding such a change back until the office looks would leave them with a wrong date.
 * Pure, so that the editor, the data layer and the tests share one list.
 */
export const reviewedFields = ["title", "titleEn", "summary", "summaryEn", "description", "formatId", "trainer", "targetGroup", "topicIds", "languages", "questions"] as const;
export type ReviewedField = (typeof reviewedFields)[number];

/** The proposed (or current) values of the reviewed fields, as stored in events.pending_revision. */
export type RevisionValues = Omit<Pick<EventFormInput, ReviewedField>, "questions"> & { questions: QuestionRow[] };

type ComparableQuestion = { id: number | null; label: string; help: string | null; kind: string; options: string[]; required: boolean; remove: boolean };

const choice = (kind: string) => kind === "single_choice" || kind === "multiple_choice";

/** Questions as the data layer would store them: new rows marked for removal are nothing. */
export function comparableQuestions(rows: (QuestionRow | null)[]): ComparableQuestion[] {
  return rows
    .filter((q): q is QuestionRow => q !== null && !(q.remove && q.id === undefined))
    .map((q) => ({ id: q.id ?? null, label: q.label, help: q.help ?? null, kind: q.kind, options: choice(q.kind) ? q.options : [], required: q.required, remove: q.remove }));
}

const sortedUnique = <T extends string | number>(list: T[]) => [...new Set(list)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The reviewed fields of the editor's input, in a form that compares by value. */
export function revisionValuesOf(input: Pick<EventFormInput, ReviewedField>): RevisionValues {
  return {
    title: input.title,
    titleEn: input.titleEn ?? null,
    summary: input.summary,
    summaryEn: input.summaryEn ?? null,
    description: input.description,
    formatId: input.formatId,
    trainer: input.trainer ?? null,
    targetGroup: input.targetGroup ?? null,
    topicIds: sortedUnique(input.topicIds),
    languages: sortedUnique(input.languages),
    questions: keptQuestions(input as EventFormInput),
  };
}

const comparable = (v: RevisionValues, field: ReviewedField) => JSON.stringify(field === "questions" ? comparableQuestions(v.questions) : v[field] ?? null);

/** The reviewed fields whose proposed value differs from the current one, in the editor's order. */
export function changedReviewedFields(current: RevisionValues, proposed: RevisionValues): ReviewedField[] {
  return reviewedFields.filter((field) => comparable(current, field) !== comparable(proposed, field));
}
