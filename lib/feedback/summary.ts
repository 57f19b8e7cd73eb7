import "server-only";
import { and, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { feedbackAnswers } from "@/db/schema";

/** How many answers gave each value 1–5 (index 0 is the value 1). */
export type Distribution = [number, number, number, number, number];

export type FeedbackSummary = {
  count: number;
  /** Averages of the two ratings, unrounded; null without answers. */
  overallAverage: number | null;
  helpfulAverage: number | null;
  overall: Distribution;
  helpful: Distribution;
  recommendCount: number;
};

/** A period of answer days, "YYYY-MM-DD", both ends included; either may be left open. */
export type AnswerPeriod = { from?: string; to?: string };

const emptyDistribution = (): Distribution => [0, 0, 0, 0, 0];

/**
 * Counts and averages of the feedback on some events (or all), optionally within a period of answer
 * days. A plain data function WITHOUT an actor: every caller must first make sure the asker may see
 * these events (results.ts does, through the data layer), and must show nothing for fewer than
 * MIN_ANSWERS_SHOWN answers (rules.ts), so that no answer points to a person.
 */
export async function feedbackSummary(eventIds: number[] | "all", period: AnswerPeriod = {}): Promise<FeedbackSummary> {
  const conditions: (SQL | undefined)[] = [
    eventIds === "all" ? undefined : inArray(feedbackAnswers.eventId, eventIds.length ? eventIds : [-1]),
    period.from ? gte(feedbackAnswers.answeredOn, period.from) : undefined,
    period.to ? lte(feedbackAnswers.answeredOn, period.to) : undefined,
  ];
  const rows = await db
    .select({
      overall: feedbackAnswers.overall,
      helpful: feedbackAnswers.helpful,
      recommend: sql<number>`sum(case when ${feedbackAnswers.wouldRecommend} then 1 else 0 end)`,
      count: sql<number>`count(*)`,
    })
    .from(feedbackAnswers)
    .where(and(...conditions))
    .groupBy(feedbackAnswers.overall, feedbackAnswers.helpful);
  const summary: FeedbackSummary = { count: 0, overallAverage: null, helpfulAverage: null, overall: emptyDistribution(), helpful: emptyDistribution(), recommendCount: 0 };
  let overallSum = 0;
  let helpfulSum = 0;
  for (const row of rows) {
    const count = Number(row.count);
    summary.count += count;
    summary.recommendCount += Number(row.recommend);
    summary.overall[row.overall - 1] += count;
    summary.helpful[row.helpful - 1] += count;
    overallSum += row.overall * count;
    helpfulSum += row.helpful * count;
  }
  if (summary.count > 0) {
    summary.overallAverage = overallSum / summary.count;
    summary.helpfulAverage = helpfulSum / summary.count;
  }
  return summary;
}
