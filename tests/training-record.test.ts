import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";
import { insertSupervisionGroup } from "./authz/supervision-attendance.probes";
import { reloadSettingsForTests } from "@/lib/config/env";
import { localDateTime } from "@/lib/dates/berlin";

/**
 * "Mein Fortbildungsnachweis" on a real database: only the valid certificates of the address, only
 * those completed in the period, never another person's or an anonymised registration's; the
 * name of the latest registration; the total; every printed code verifies; the page and the
 * PDF's route answer only the person of the "Meine Daten" session (mocked here: the session
 * itself is built and tested with /meine-daten).
 */

const session = vi.hoisted(() => ({ email: null as string | null }));
vi.mock("@/lib/privacy/self-service-session", () => ({ selfServiceEmail: async () => session.email }));

const now = new Date("2026-11-25T12:00:00Z");
const ERIKA = "erika.beispiel@example.org";
const OTHER = "otto.anders@example.org";

let c: AuthzContext;
let record: typeof import("@/lib/certificates/training-record");
let codes: typeof import("@/lib/certificates/code");

beforeAll(async () => {
  c = await authzContext(now);
  reloadSettingsForTests({ PUBLIC_URL: "https://fortbildung.mainz.example" });
  record = await import("@/lib/certificates/training-record");
  codes = await import("@/lib/certificates/code");
});

afterAll(() => c?.client.close());

type Status = "valid" | "superseded" | "withdrawn";

/**
 * A past course of four weekly two-hour sessions from `firstStart`, with one registration of
 * `email` that holds a certificate of the given status for the listed sessions.
 */
async function course(options: { title: string; email: string; firstStart: Date; attended: number[]; status?: Status; name?: [string, string]; createdAt?: Date; anonymised?: boolean }) {
  const g = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: options.firstStart, people: ["confirmed"], sessions: 4, supervision: false });
  await c.db.update(c.t.events).set({ title: options.title }).where(eq(c.t.events.id, g.event.id));
  const [registrationId] = g.registrationIds;
  const [first, last] = options.name ?? ["Erika", "Beispiel"];
  await c.db
    .update(c.t.registrations)
    .set({
      email: options.email,
      emailNormalized: options.email,
      firstName: first,
      lastName: last,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      ...(options.anonymised ? { anonymisedAt: now } : {}),
    })
    .where(eq(c.t.registrations.id, registrationId));
  const seed = codes.newCodeSeed();
  const code = codes.codeFromSeed(seed);
  const sessionIds = options.attended.map((i) => g.sessionIds[i]);
  await c.db.insert(c.t.certificates).values({
    registrationId,
    eventId: g.event.id,
    codeSeed: seed,
    codeHash: codes.hashCode(code),
    sessionIds,
    minutesAttended: sessionIds.length * 120,
    status: options.status ?? "valid",
    issuedAt: now,
  });
  return { code: codes.formatCode(code), registrationId };
}

let spring: { code: string };
let winter: { code: string };

beforeAll(async () => {
  // In 2026: three of four sessions in March.
  spring = await course({ title: "Frühjahrskurs Asylrecht", email: ERIKA, firstStart: localDateTime(2026, 3, 3, 18), attended: [0, 1, 3] });
  // Across the turn of the year: 17, 24, 31 December 2025 and 7 January 2026, all attended; completed in 2026.
  winter = await course({ title: "Winterkurs Sprachmittlung", email: ERIKA, firstStart: localDateTime(2025, 12, 17, 18), attended: [0, 1, 2, 3] });
  // Attended only in December: completed in 2025.
  await course({ title: "Dezemberkurs nur 2025", email: ERIKA, firstStart: localDateTime(2025, 12, 10, 18), attended: [0, 1, 2] });
  // Not valid: superseded and withdrawn certificates never count.
  await course({ title: "Ersetzte Bescheinigung", email: ERIKA, firstStart: localDateTime(2026, 5, 5, 18), attended: [0, 1, 2, 3], status: "superseded" });
  await course({ title: "Zurückgezogene Bescheinigung", email: ERIKA, firstStart: localDateTime(2026, 6, 2, 18), attended: [0, 1, 2, 3], status: "withdrawn" });
  // Another person's training in the same year.
  await course({ title: "Kurs einer anderen Person", email: OTHER, firstStart: localDateTime(2026, 4, 7, 18), attended: [0, 1, 2, 3], name: ["Otto", "Anders"] });
  // An anonymised registration that still carries the address (the retention job clears it; it must not count either way).
  await course({ title: "Anonymisierter Kurs", email: ERIKA, firstStart: localDateTime(2026, 7, 7, 18), attended: [0, 1], anonymised: true });
  // The latest registration carries the new name.
  await course({ title: "Herbstkurs mit neuem Namen", email: ERIKA, firstStart: localDateTime(2026, 9, 1, 18), attended: [0, 1, 2, 3], name: ["Erika", "Neumann"], createdAt: new Date(now.getTime() - 1000) });
});

describe("trainingRecordFor", () => {
  it("lists the valid certificates of the address completed in the period, by date, with the total", async () => {
    const r = await record.trainingRecordFor(ERIKA, "2026-01-01", "2026-12-31", now);
    expect(r).not.toBeNull();
    expect(r!.trainings.map((f) => f.eventTitle)).toEqual(["Winterkurs Sprachmittlung", "Frühjahrskurs Asylrecht", "Herbstkurs mit neuem Namen"]);
    expect(r!.trainings.map((f) => f.minutesAttended)).toEqual([480, 360, 480]);
    expect(r!.minutesTotal).toBe(1320);
    expect(r!.personName).toBe("Erika Neumann");
    expect(r!.period).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(r!.issuedAt).toEqual(now);
    expect(r!.trainings.map((f) => f.code)).toEqual(expect.arrayContaining([spring.code, winter.code]));
  });

  it("prints codes that verify on /bescheinigung, each to its own training", async () => {
    const { verifyCertificate } = await import("@/lib/certificates/queries");
    const r = await record.trainingRecordFor(ERIKA, "2026-01-01", "2026-12-31", now);
    for (const training of r!.trainings) {
      const verified = await verifyCertificate(training.code);
      expect(verified?.eventTitle).toBe(training.eventTitle);
      expect(verified?.minutesAttended).toBe(training.minutesAttended);
    }
  });

  it("counts a course in the period of its last attended session, and the period's days include both ends", async () => {
    const only2025 = await record.trainingRecordFor(ERIKA, "2025-01-01", "2025-12-31", now);
    expect(only2025!.trainings.map((f) => f.eventTitle)).toEqual(["Dezemberkurs nur 2025"]);
    expect(only2025!.minutesTotal).toBe(360);
    // 7 January 2026, 18:00 in Berlin: the last session of the winter course.
    const oneDay = await record.trainingRecordFor(ERIKA, "2026-01-07", "2026-01-07", now);
    expect(oneDay!.trainings.map((f) => f.eventTitle)).toEqual(["Winterkurs Sprachmittlung"]);
    const dayBefore = await record.trainingRecordFor(ERIKA, "2026-01-01", "2026-01-06", now);
    expect(dayBefore!.trainings).toEqual([]);
    expect(dayBefore!.minutesTotal).toBe(0);
  });

  it("never shows another person's training, nor anything of an anonymised registration", async () => {
    const r = await record.trainingRecordFor(ERIKA, "2016-01-01", "2025-12-31", now);
    const all = [...r!.trainings, ...(await record.trainingRecordFor(ERIKA, "2026-01-01", "2026-12-31", now))!.trainings];
    const text = JSON.stringify(all);
    for (const foreign of ["Kurs einer anderen Person", "Otto", "Anders", "Anonymisierter Kurs", "Ersetzte Bescheinigung", "Zurückgezogene Bescheinigung"]) expect(text).not.toContain(foreign);
    const other = await record.trainingRecordFor(OTHER, "2026-01-01", "2026-12-31", now);
    expect(other!.personName).toBe("Otto Anders");
    expect(other!.trainings.map((f) => f.eventTitle)).toEqual(["Kurs einer anderen Person"]);
    expect(await record.trainingRecordFor("niemand@example.org", "2026-01-01", "2026-12-31", now)).toBeNull();
  });
});

describe("the person of the session only", () => {
  it("ownTrainingRecord takes the address from the session, never from the caller", async () => {
    session.email = null;
    expect(await record.ownTrainingRecord({ from: "2026-01-01", to: "2026-12-31" }, now)).toBe("no_session");
    session.email = OTHER;
    const own = await record.ownTrainingRecord({ from: "2026-01-01", to: "2026-12-31" }, now);
    expect(own !== "no_session" && own?.trainings.map((f) => f.eventTitle)).toEqual(["Kurs einer anderen Person"]);
  });

  it("the PDF route answers 401 without a session, 400 for a bad period, 404 for an empty one, else the PDF", async () => {
    const { GET } = await import("@/app/(public)/meine-daten/nachweis/fortbildungsnachweis.pdf/route");
    const get = (query: string) => GET(new Request(`https://fortbildung.mainz.example/meine-daten/nachweis/fortbildungsnachweis.pdf${query}`));
    session.email = null;
    const anonymous = await get("?von=2026-01-01&bis=2026-12-31");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain("Meine Daten");
    session.email = ERIKA;
    for (const bad of ["?von=2026-13-01&bis=2026-12-31", "?von=2026-12-31&bis=2026-01-01", "?von=2000-01-01&bis=2026-12-31", "?von=&bis=2026-12-31", "?von=2026-01-01&von=2026-02-01&bis=2026-12-31", "?von=%00&bis=x"]) {
      const answer = await get(bad);
      expect(answer.status, bad).toBe(400);
      expect(answer.headers.get("content-type")).toContain("text/plain");
    }
    expect((await get("?von=2010-01-01&bis=2010-12-31")).status).toBe(404);
    const pdf = await get("?von=2026-01-01&bis=2026-12-31");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("cache-control")).toContain("no-store");
    expect(pdf.headers.get("content-disposition")).toContain("Fortbildungsnachweis-2026-01-01-bis-2026-12-31.pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    session.email = null;
  });
});
