import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import { eventWithComment, periodAround, workbookTexts } from "../support/report-fixtures";
import type { AuthzContext } from "./context";

/**
 * Authorisation probes of the funding report downloads: the Volkshochschule's org_admin asks for
 * the Wohlfahrtsverband's figures and free texts (traeger=<foreign id>) and gets only its own;
 * the audit entry names its own organisation.
 */
const dir = "app/intern/statistik";

async function probeReport(c: AuthzContext, format: "xlsx" | "pdf") {
  await eventWithComment(c, { organisationId: c.own.organisationId, comment: `Eigene Rückmeldung ${format}` });
  const foreign = await eventWithComment(c, { organisationId: c.foreign.organisationId, comment: `Fremde Rückmeldung ${format}` });
  const query = { ...(await periodAround(foreign.startsAt)), traeger: String(c.foreign.organisationId), freitext: "1" };

  const { statisticsFilterFor } = await import("@/lib/statistics/filter");
  const { feedbackCommentsFor } = await import("@/lib/statistics/comments");
  const { filter } = statisticsFilterFor(c.vhsAdmin, query);
  expect(filter.organisationId).toBe(c.own.organisationId);
  // Even a filter built by hand with the foreign organisation stays in the actor's scope.
  const comments = await feedbackCommentsFor(c.vhsAdmin, { ...filter, organisationId: c.foreign.organisationId });
  expect(comments).toContain(`Eigene Rückmeldung ${format}`);
  expect(comments).not.toContain(`Fremde Rückmeldung ${format}`);

  const { buildReport } = await import("@/lib/statistics/report");
  const result = await buildReport(c.vhsAdmin, query, format);
  if (!result.ok) throw new Error(result.message);
  if (format === "xlsx") {
    const texts = (await workbookTexts(result.body)).join("\n");
    expect(texts).toContain(`Eigene Rückmeldung ${format}`);
    expect(texts).not.toContain(`Fremde Rückmeldung ${format}`);
    expect(texts).not.toContain(foreign.title);
    expect(texts).not.toContain(c.foreignAdmin.organisationName);
  } else {
    const text = result.body.toString("latin1");
    expect(text).not.toContain(c.foreignAdmin.organisationName);
  }
  const entries = await c.db.select().from(c.t.auditLog).where(and(eq(c.t.auditLog.action, "statistics.report"), eq(c.t.auditLog.actorAccountId, c.vhsAdmin.accountId)));
  expect(entries.at(-1)?.organisationId).toBe(c.own.organisationId);
}

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  [`${dir}/bericht.xlsx/route.ts#GET`]: (c) => probeReport(c, "xlsx"),
  [`${dir}/bericht.pdf/route.ts#GET`]: (c) => probeReport(c, "pdf"),
};
