process.env.DATABASE_URL = "file:/tmp/bench-statistics.db";
const { loadActor } = await import("@/lib/auth/actor");
const { statisticsFilterFor, eventScope } = await import("@/lib/statistics/filter");
const { eventFigures } = await import("@/lib/statistics/event-figures");
const { peopleFigures, supervisionFigures } = await import("@/lib/statistics/people-figures");
const { statisticsFor } = await import("@/lib/statistics/figures");
const { db } = await import("@/db/client");
const { accounts, events } = await import("@/db/schema");
const { eq, and, sql } = await import("drizzle-orm");
const [acc] = await db.select().from(accounts).where(eq(accounts.email, "kim.koch@mainz.example.org"));
const actor = (await loadActor(acc!.id, acc!.sessionVersion))!;
const now = new Date();
const { filter } = statisticsFilterFor(actor, { jahr: "2025" }, now);
const scope = eventScope(actor, filter, false);
const held = and(scope, eq(events.status, "published"), sql`${events.startsAt} <= ${now.getTime()}`)!;
const begun = and(eventScope(actor, filter, true), eq(events.status, "published"), sql`${events.startsAt} <= ${now.getTime()}`)!;
async function t(name: string, fn: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < 8; i++) { const s = performance.now(); await fn(); times.push(performance.now() - s); }
  times.shift(); times.sort((a, b) => a - b);
  console.log(name.padEnd(14), times.map((x) => x.toFixed(0)).join(" "));
}
await t("events", () => eventFigures(scope));
await t("people", () => peopleFigures(held, filter.period.from));
await t("supervision", () => supervisionFigures(begun, now));
await t("all", () => statisticsFor(actor, filter, now));
