import "server-only";
import { inArray } from "drizzle-orm";
import { formats, topics, type Event } from "@/db/schema";
import type { Tx } from "@/lib/db/write-transaction";
import type { QuestionKind } from "@/db/schema/registrations";
import { loadMessages } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translator";
import { currentRevisionValues, pendingRevisionValues } from "./event-revision";
import { changedReviewedFields, comparableQuestions, type ReviewedField, type RevisionValues } from "./revision-fields";

/**
 * A waiting change as the office reads it: one row per changed field, the published value and the
 * proposed one as text (names instead of ids; questions one per line).
 */
export type RevisionDiffRow = { field: ReviewedField; label: string; before: string; after: string };

const t = translator("de", "internEvents");
const languageNames: Record<string, string> = loadMessages("de").event.languageNames;
const labels: Record<ReviewedField, string> = {
  title: t("form.fields.title"),
  titleEn: t("form.fields.titleEn"),
  summary: t("form.fields.summary"),
  summaryEn: t("form.fields.summaryEn"),
  description: t("form.fields.description"),
  formatId: t("form.fields.format"),
  trainer: t("form.fields.trainer"),
  targetGroup: t("form.fields.targetGroup"),
  topicIds: t("form.fields.topics"),
  languages: t("form.fields.languages"),
  questions: t("form.sections.questions"),
};

type Names = { formats: Map<number, string>; topics: Map<number, string> };

function asText(v: RevisionValues, field: ReviewedField, names: Names): string {
  switch (field) {
    case "formatId":
      return names.formats.get(v.formatId) ?? "";
    case "topicIds":
      return v.topicIds.map((id) => names.topics.get(id) ?? "").join(", ");
    case "languages":
      return v.languages.map((code) => languageNames[code] ?? code).join(", ");
    case "questions":
      return comparableQuestions(v.questions)
        .filter((q) => !q.remove)
        .map((q) => `${q.label} (${t(`form.fields.kinds.${q.kind as QuestionKind}`)}${q.required ? `, ${t("form.fields.questionRequired")}` : ""})${q.options.length ? `: ${q.options.join(" / ")}` : ""}`)
        .join("\n");
    default:
      return v[field] ?? "";
  }
}

/** The rows of an event's waiting change, or none. */
export async function revisionDiff(tx: Pick<Tx, "select">, event: Event): Promise<RevisionDiffRow[]> {
  const proposed = pendingRevisionValues(event);
  if (!proposed) return [];
  const current = await currentRevisionValues(tx, event.id);
  const changed = changedReviewedFields(current, proposed);
  const topicIds = [...new Set([...current.topicIds, ...proposed.topicIds])];
  const names: Names = {
    formats: new Map((await tx.select({ id: formats.id, name: formats.name }).from(formats).where(inArray(formats.id, [current.formatId, proposed.formatId]))).map((r) => [r.id, r.name])),
    topics: new Map(topicIds.length ? (await tx.select({ id: topics.id, name: topics.name }).from(topics).where(inArray(topics.id, topicIds))).map((r) => [r.id, r.name]) : []),
  };
  return changed.map((field) => ({ field, label: labels[field], before: asText(current, field, names), after: asText(proposed, field, names) }));
}
