import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { formats, organisations, topics } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import { isCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction } from "@/lib/db/write-transaction";
import { translator } from "@/lib/i18n/translator";
import { feedbackCommentsFor } from "./comments";
import { statisticsFor } from "./figures";
import { statisticsFilterFor } from "./filter";
import { reportFileName, type ReportOptions } from "./report-content";
import { statisticsReportPdf } from "./report-pdf";
import { statisticsWorkbook } from "./report-xlsx";
import type { StatisticsFilter } from "./types";

const t = translator("de", "statistics");

export type ReportFormat = "xlsx" | "pdf";
export type ReportResult = { ok: true; body: Buffer; filename: string; contentType: string } | { ok: false; status: 400; message: string };

const contentTypes: Record<ReportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/** `freitext=1` asks for the free texts; anything else does not. */
const freeTextSchema = z.literal("1");

/**
 * The funding report for the signed-in actor: the filter from the GET parameters (a partner is
 * kept to its own organisation by statisticsFilterFor and eventScope), the figures from the one
 * query module, free texts only when asked for, then an audit entry (who, which period, which
 * format). A bad period or an unknown id is a 400 with a German sentence, never a 500.
 */
export async function buildReport(actor: Actor, query: Record<string, unknown>, format: ReportFormat, now = new Date()): Promise<ReportResult> {
  const { filter, errors } = statisticsFilterFor(actor, query, now);
  if (Object.keys(errors).length > 0) return { ok: false, status: 400, message: t("report.badPeriod", { errors: Object.values(errors).join(" ") }) };
  const labels = await filterLabels(actor, filter);
  if (!labels) return { ok: false, status: 400, message: t("report.unknownFilter") };
  const freeText = freeTextSchema.safeParse(query.freitext).success;
  const stats = await statisticsFor(actor, filter, now);
  const options: ReportOptions = { labels, generatedAt: now, comments: freeText ? await feedbackCommentsFor(actor, filter) : undefined };
  const body = format === "xlsx" ? await statisticsWorkbook(stats, options) : await statisticsReportPdf(stats, options);
  const organisationId = isCoordinator(actor) ? (filter.organisationId ?? null) : actor.organisationId;
  await writeTransaction((tx) =>
    recordAudit(
      tx,
      actor,
      {
        // No entity type "statistics" exists (db/schema/audit.ts); a report is about an
        // organisation's figures (0: the whole programme), so "organisation" is the closest.
        entityType: "organisation",
        entityId: organisationId ?? 0,
        organisationId,
        action: "statistics.report",
        label: t("report.auditLabel", { period: filter.period.label, format: t(`report.formats.${format}`) }),
        after: { period: filter.period.params, periodLabel: filter.period.label, format, organisationId, formatId: filter.formatId ?? null, topicId: filter.topicId ?? null, freitext: freeText },
      },
      now,
    ),
  );
  return { ok: true, body, filename: reportFileName(stats, format), contentType: contentTypes[format] };
}

/** The names of what the filter chose; null when an id names nothing. */
async function filterLabels(actor: Actor, filter: StatisticsFilter): Promise<ReportOptions["labels"] | null> {
  const name = async (table: typeof organisations | typeof formats | typeof topics, id: number | undefined) => {
    if (id === undefined) return undefined;
    const [row] = await db.select({ name: table.name }).from(table).where(eq(table.id, id)).limit(1);
    return row?.name ?? null;
  };
  const organisation = isCoordinator(actor) ? await name(organisations, filter.organisationId) : actor.organisationName;
  const format = await name(formats, filter.formatId);
  const topic = await name(topics, filter.topicId);
  if (organisation === null || format === null || topic === null) return null;
  return { organisation: organisation ?? null, format: format ?? null, topic: topic ?? null };
}
