import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import type { AuthzContext } from "../authz/context";
import { feedbackEvent } from "./feedback-fixtures";

/**
 * A past event of an organisation with three feedback answers, one carrying `comment` (3 days
 * before `now`), for the free-text part of the funding report (texts count only from three answers).
 */
export async function eventWithComment(c: Pick<AuthzContext, "db" | "t">, options: { organisationId: number; comment: string; supervision?: boolean; now?: Date }) {
  const { event } = await feedbackEvent(c, { organisationId: options.organisationId, people: ["attended"], supervision: options.supervision, now: options.now });
  await c.db.insert(c.t.feedbackAnswers).values([options.comment, null, null].map((comment) => ({ id: randomUUID(), eventId: event.id, answeredOn: "2026-01-01", overall: 4, helpful: 5, wouldRecommend: true, comment })));
  return event;
}

/** The GET parameters of a from–to period of the days around an instant (Berlin days). */
export async function periodAround(instant: Date): Promise<{ von: string; bis: string }> {
  const { localIsoDate } = await import("@/lib/dates/berlin");
  return { von: localIsoDate(new Date(instant.getTime() - 2 * 86_400_000)), bis: localIsoDate(new Date(instant.getTime() + 2 * 86_400_000)) };
}

/** Every cell of a workbook as text (formula cells as their result), for "is X in there?" checks. */
export async function workbookTexts(body: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        texts.push(v && typeof v === "object" && "result" in v ? String((v as { result: unknown }).result) : v instanceof Date ? v.toISOString() : String(v ?? ""));
      }),
    ),
  );
  return texts;
}

/** A past event with one answer only: its text must stay out of every report. */
export async function eventWithLoneComment(c: Pick<AuthzContext, "db" | "t">, options: { organisationId: number; comment: string; now?: Date }) {
  const { event } = await feedbackEvent(c, { organisationId: options.organisationId, people: ["attended"], now: options.now });
  await c.db.insert(c.t.feedbackAnswers).values({ id: randomUUID(), eventId: event.id, answeredOn: "2026-01-01", overall: 4, helpful: 5, wouldRecommend: true, comment: options.comment });
  return event;
}
