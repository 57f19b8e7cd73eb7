import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";
import { selfServiceFixtures } from "./support/self-service-fixtures";

/**
 * "Meine Daten löschen" with the real anonymisation (lib/privacy/anonymise.ts, from the retention
 * work of issue 13): afterwards no table holds the person's name, address, phone or free text,
 * and the person who moved up from the waiting list keeps their data.
 */
const now = new Date();
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let t: typeof import("@/db/schema");
let fixtures: ReturnType<typeof selfServiceFixtures>;

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  t = await import("@/db/schema");
  fixtures = selfServiceFixtures(ctx, now);
});

/** Every row of every table as text, to look for a person's values anywhere. */
async function everything(): Promise<string> {
  const tables = await ctx.client.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%fts%'");
  const parts: string[] = [];
  for (const row of tables.rows) {
    const rows = await ctx.client.execute(`select * from "${String(row.name)}"`);
    parts.push(JSON.stringify(rows.rows));
  }
  return parts.join("\n");
}

describe("Meine Daten löschen, with the real anonymisation", () => {
  it("leaves none of the person's values in any table", async () => {
    const full = await fixtures.event({ capacity: 1, question: "Was möchten Sie lernen?" });
    const past = await fixtures.event({ daysAhead: -40 });
    const me = { firstName: "Quirin", lastName: "Quastenflosser", email: "quirin.quastenflosser@example.org", phone: "06131 7654321" };
    await fixtures.registration(full.id, me, { accessibilityNeeds: "Quasthörschleife bitte", answers: { [`q${full.questionId}`]: "Mehrsprachige Moderation" } });
    const waiting = await fixtures.registration(full.id, { firstName: "Wilma", lastName: "Wartelist", email: "wilma.wartelist@example.org" }, { status: "waitlisted" });
    await fixtures.registration(past.id, me, { status: "attended", initiativeOther: "Quastenhilfe Mainz" });
    const { requestSelfServiceLink } = await import("@/lib/privacy/self-service-request");
    const { exchangeLinkForSession } = await import("@/lib/privacy/self-service-tokens");
    const { subjectForSessionToken } = await import("@/lib/privacy/self-service-subject");
    expect(await requestSelfServiceLink(me.email, "direct", now)).toBe("mailed");
    const [mail] = await ctx.db.select().from(t.mailOutbox).where(eq(t.mailOutbox.recipient, me.email));
    const exchanged = await exchangeLinkForSession(mail.textBody.match(/\/meine-daten\/zugang\/([A-Za-z0-9_-]{43})/)![1], now);
    if (exchanged.kind !== "session") throw new Error("link refused");
    const subject = (await subjectForSessionToken(exchanged.sessionToken, now))!;

    const { deleteSelfServiceData } = await import("@/lib/privacy/self-service-delete");
    expect(await deleteSelfServiceData(subject, now)).toEqual({ cancelled: 1, anonymised: 2 });

    const text = (await everything()).toLowerCase();
    for (const value of ["Quirin", "Quastenflosser", "7654321", "Quasthörschleife", "Mehrsprachige Moderation", "Quastenhilfe"]) expect(text).not.toContain(value.toLowerCase());
    const [promoted] = await ctx.db.select().from(t.registrations).where(eq(t.registrations.id, waiting.id));
    expect(promoted).toMatchObject({ status: "confirmed", firstName: "Wilma", email: "wilma.wartelist@example.org" });
  });
});
