import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";
import { selfServiceFixtures } from "./support/self-service-fixtures";

/**
 * Issue 13, "Meine Daten": the link flow (the same answer for an unknown address; links expire and
 * are used once), the session bound to its address, the download with every stored field of that
 * address and nothing of another, and the mail with all manage links.
 */

// The request action reads the client's address and runs the work after its answer.
// The route handlers read the session cookie: `jar.session` is the cookie the "browser" sends.
const jar = vi.hoisted(() => ({ session: undefined as string | undefined }));
// The actions ask next-intl for the request's language and redirect to the page in it.
vi.mock("next-intl/server", async () => (await import("./support/next-intl-server-mock")).nextIntlServer);
vi.mock("@/lib/i18n/navigation", async () => (await import("./support/next-intl-server-mock")).i18nNavigation);
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: (name: string) => (jar.session && name.endsWith("meine-daten") ? { value: jar.session } : undefined), set: () => undefined }),
}));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: (work: () => unknown) => void work() }));

const now = new Date();
const MINUTE = 60_000;
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let t: typeof import("@/db/schema");
let request: typeof import("@/lib/privacy/self-service-request");
let tokens: typeof import("@/lib/privacy/self-service-tokens");
let subjects: typeof import("@/lib/privacy/self-service-subject");
let fixtures: ReturnType<typeof selfServiceFixtures>;

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  t = await import("@/db/schema");
  request = await import("@/lib/privacy/self-service-request");
  tokens = await import("@/lib/privacy/self-service-tokens");
  subjects = await import("@/lib/privacy/self-service-subject");
  fixtures = selfServiceFixtures(ctx, now);
});

const mailsTo = (address: string) => ctx.db.select().from(t.mailOutbox).where(sql`lower(${t.mailOutbox.recipient}) = ${address.toLowerCase()}`);

function linkToken(text: string): string {
  const match = text.match(/\/meine-daten\/zugang\/([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error("no Meine-Daten link in the mail");
  return match[1];
}

/** Requests a link for a known address, opens it, and returns the session's subject. */
async function signIn(address: string, at = now) {
  expect(await request.requestSelfServiceLink(address, "direct", at)).toBe("mailed");
  const [mail] = (await mailsTo(address)).filter((m) => m.kind === "self_service_link").slice(-1);
  const exchanged = await tokens.exchangeLinkForSession(linkToken(mail.textBody), at);
  if (exchanged.kind !== "session") throw new Error("link refused");
  const subject = await subjects.subjectForSessionToken(exchanged.sessionToken, at);
  if (!subject) throw new Error("no subject");
  return { subject, sessionToken: exchanged.sessionToken };
}

describe("requesting a link", () => {
  it("answers an unknown address exactly like a known one, and mails only the known one", async () => {
    const event = await fixtures.event();
    await fixtures.registration(event.id, { firstName: "Klara", lastName: "Bekannt", email: "Klara.Bekannt@example.org" });
    const { requestLinkAction } = await import("@/app/(public)/meine-daten/actions");
    const form = (email: string) => {
      const data = new FormData();
      data.set("email", email);
      return data;
    };
    const known = await requestLinkAction({ status: "idle" }, form("klara.bekannt@example.org"));
    const unknown = await requestLinkAction({ status: "idle" }, form("niemand.hier@example.org"));
    expect({ ...unknown, values: undefined }).toEqual({ ...known, values: undefined });
    await vi.waitFor(async () => expect(await mailsTo("klara.bekannt@example.org")).toHaveLength(1));
    expect(await mailsTo("niemand.hier@example.org")).toHaveLength(0);
    const [mail] = await mailsTo("klara.bekannt@example.org");
    expect(mail.kind).toBe("self_service_link");
    expect(mail.htmlBody).toContain(linkToken(mail.textBody));
    // Only the hash is stored.
    const stored = await ctx.db.select().from(t.selfServiceTokens).where(eq(t.selfServiceTokens.emailNormalized, "klara.bekannt@example.org"));
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toBe(linkToken(mail.textBody));
    expect(stored[0].expiresAt.getTime() - stored[0].createdAt.getTime()).toBe(60 * MINUTE);
  });

  it("refuses a bad address next to the field", async () => {
    const { requestLinkAction } = await import("@/app/(public)/meine-daten/actions");
    const data = new FormData();
    data.set("email", "kein at zeichen");
    const state = await requestLinkAction({ status: "idle" }, data);
    expect(state.status).toBe("error");
    expect(state.errors?.email).toMatch(/E-Mail-Adresse/);
    expect(state.values).toEqual({ email: "kein at zeichen" });
  });

  it("gives an address that only has anonymised registrations nothing", async () => {
    const event = await fixtures.event();
    await fixtures.registration(event.id, { firstName: "Anna", lastName: "Anonym", email: "anna.anonym@example.org" }, { anonymisedAt: now });
    expect(await request.requestSelfServiceLink("anna.anonym@example.org", "direct", now)).toBe("unknown");
    expect(await mailsTo("anna.anonym@example.org")).toHaveLength(0);
  });

  it("limits requests per address and per source like registration", async () => {
    const event = await fixtures.event();
    await fixtures.registration(event.id, { firstName: "Viel", lastName: "Frager", email: "viel.frager@example.org" });
    const outcomes = [];
    for (let i = 0; i < 7; i++) outcomes.push(await request.requestSelfServiceLink("viel.frager@example.org", "direct", now));
    // REGISTRATION_RATE_LIMIT_PER_EMAIL (5) in REGISTRATION_RATE_LIMIT_WINDOW_SECONDS.
    expect(outcomes).toEqual(["mailed", "mailed", "mailed", "mailed", "mailed", "limited", "limited"]);
    expect(await mailsTo("viel.frager@example.org")).toHaveLength(5);
    const perSource = [];
    for (let i = 0; i < 22; i++) perSource.push(await request.requestSelfServiceLink(`quelle-${i}@example.org`, "ip-testquelle", now));
    expect(perSource.filter((o) => o === "limited")).toHaveLength(2);
  });
});

describe("opening the link", () => {
  it("exchanges a link once for a session of that address", async () => {
    const event = await fixtures.event();
    await fixtures.registration(event.id, { firstName: "Ole", lastName: "Einmal", email: "ole.einmal@example.org" });
    await request.requestSelfServiceLink("ole.einmal@example.org", "direct", now);
    const [mail] = await mailsTo("ole.einmal@example.org");
    const token = linkToken(mail.textBody);
    const first = await tokens.exchangeLinkForSession(token, now);
    expect(first.kind).toBe("session");
    if (first.kind !== "session") return;
    expect(await tokens.emailForSessionToken(first.sessionToken, now)).toBe("ole.einmal@example.org");
    // Used: refused, also seconds later.
    expect(await tokens.exchangeLinkForSession(token, new Date(now.getTime() + 1000))).toEqual({ kind: "invalid" });
    // The session ends after 60 minutes, or when signed out.
    expect(await tokens.emailForSessionToken(first.sessionToken, new Date(now.getTime() + 61 * MINUTE))).toBeNull();
    await tokens.endSessionToken(first.sessionToken);
    expect(await tokens.emailForSessionToken(first.sessionToken, now)).toBeNull();
  });

  it("refuses an expired link and a guessed one", async () => {
    const event = await fixtures.event();
    await fixtures.registration(event.id, { firstName: "Eva", lastName: "Spaet", email: "eva.spaet@example.org" });
    const earlier = new Date(now.getTime() - 61 * MINUTE);
    await request.requestSelfServiceLink("eva.spaet@example.org", "direct", earlier);
    const [mail] = await mailsTo("eva.spaet@example.org");
    expect(await tokens.exchangeLinkForSession(linkToken(mail.textBody), now)).toEqual({ kind: "invalid" });
    expect(await tokens.exchangeLinkForSession("A".repeat(43), now)).toEqual({ kind: "invalid" });
    expect(await tokens.exchangeLinkForSession("../../etc", now)).toEqual({ kind: "invalid" });
    // A link is no session.
    expect(await tokens.emailForSessionToken(linkToken(mail.textBody), earlier)).toBeNull();
  });
});

describe("what a session may see and do", () => {
  it("shows the registrations and applications of its own address only, upcoming and past", async () => {
    const upcoming = await fixtures.event();
    const past = await fixtures.event({ daysAhead: -30 });
    const group = await fixtures.event({ supervision: true });
    const mine = { firstName: "Mia", lastName: "Meins", email: "Mia.Meins@example.org" };
    const other = { firstName: "Otto", lastName: "Andere", email: "otto.andere@example.org" };
    const a = await fixtures.registration(upcoming.id, mine);
    const b = await fixtures.registration(past.id, mine, { status: "attended" });
    const c = await fixtures.registration(group.id, mine, { status: "applied", motivation: "Ich begleite Familien." });
    const foreign = await fixtures.registration(upcoming.id, other);
    const { subject } = await signIn("mia.meins@example.org");
    const { selfServiceOverview } = await import("@/lib/privacy/self-service-overview");
    const overview = await selfServiceOverview(subject, now);
    expect(overview.upcoming.map((e) => e.row.id).sort()).toEqual([a.id, c.id].sort());
    expect(overview.past.map((e) => e.row.id)).toEqual([b.id]);
    expect(overview.upcoming.find((e) => e.row.id === c.id)?.live).toBe(true);
    expect(JSON.stringify(overview)).not.toContain("otto.andere");
    // Another address's registration cannot be opened through this session.
    const { manageTokenFor, certificateForSubject } = await import("@/lib/privacy/self-service-registration");
    expect(await manageTokenFor(subject, foreign.id)).toBeNull();
    expect(await certificateForSubject(subject, foreign.id)).toBeNull();
    const { registrationIdForToken } = await import("@/lib/registrations/tokens");
    const own = await manageTokenFor(subject, a.id);
    expect(own && (await registrationIdForToken(ctx.db, own))).toBe(a.id);
  });

  it("downloads every stored field of every registration of the address and nothing of another", async () => {
    const event = await fixtures.event({ question: "Welche Sprache sprechen Sie?" });
    const past = await fixtures.event({ daysAhead: -20 });
    const mine = { firstName: "Jana", lastName: "Export", email: "jana.export@example.org", phone: "06131 123456" };
    const other = { firstName: "Ferdinand", lastName: "Fremd", email: "ferdinand.fremd@example.org", phone: "0170 999999" };
    const [initiative] = await ctx.db.select().from(t.initiatives).limit(1);
    const ids = [
      (await fixtures.registration(event.id, mine, { initiativeId: initiative.id, accessibilityNeeds: "Rollstuhl", answers: { [`q${event.questionId}`]: "Arabisch" } })).id,
      (await fixtures.registration(past.id, mine, { status: "attended", source: "staff", officeNote: "Hat angerufen", initiativeOther: "Nachbarschaftshilfe" })).id,
    ];
    await fixtures.registration(event.id, other, { accessibilityNeeds: "Gebärdensprache", answers: { [`q${event.questionId}`]: "Tigrinya" } });
    await ctx.db.insert(t.sessionAttendance).values({ registrationId: ids[1], sessionId: past.sessionId, status: "present", recordedAt: now });
    const { subject } = await signIn("jana.export@example.org");
    const { selfServiceExport } = await import("@/lib/privacy/self-service-export");
    const exported = JSON.parse(JSON.stringify(await selfServiceExport(subject, now)));
    const rows = await ctx.db.select().from(t.registrations).where(eq(t.registrations.emailNormalized, "jana.export@example.org"));
    expect(rows.map((r) => r.id).sort()).toEqual(ids.sort());
    expect(exported.registrations).toHaveLength(2);
    for (const row of rows) {
      const entry = exported.registrations.find((r: { stored: { id: number } }) => r.stored.id === row.id);
      // Every column of the table, with its stored value.
      expect(Object.keys(entry.stored).sort()).toEqual(Object.keys(t.registrations).filter((k) => k in row).sort());
      expect(entry.stored).toEqual(JSON.parse(JSON.stringify(row)));
    }
    const first = exported.registrations.find((r: { stored: { id: number } }) => r.stored.id === ids[0]);
    expect(first.answers).toEqual([{ questionId: event.questionId, question: "Welche Sprache sprechen Sie?", answer: "Arabisch" }]);
    expect(first.initiativeName).toBe(initiative.name);
    expect(first.event.title).toBe(event.title);
    const second = exported.registrations.find((r: { stored: { id: number } }) => r.stored.id === ids[1]);
    expect(second.attendance).toHaveLength(1);
    // The link mail is among the mails sent to the address.
    expect(exported.mails.map((m: { kind: string }) => m.kind)).toContain("self_service_link");
    const text = JSON.stringify(exported);
    for (const foreign of ["Ferdinand", "Fremd", "ferdinand.fremd", "0170 999999", "Gebärdensprache", "Tigrinya"]) expect(text).not.toContain(foreign);
  });

  it("answers the download without a session with 401, with one as a JSON attachment", async () => {
    const { GET } = await import("@/app/(public)/meine-daten/herunterladen/route");
    const download = () => GET(new Request("http://localhost/meine-daten/herunterladen"));
    const refused = await download();
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const certificate = await import("@/app/(public)/meine-daten/bescheinigung/[id]/route");
    const certificateOf = (id: string) => certificate.GET(new Request("http://localhost/"), { params: Promise.resolve({ id }) });
    expect((await certificateOf("1")).status).toBe(401);
    const event = await fixtures.event();
    await fixtures.registration(event.id, { firstName: "Dora", lastName: "Datei", email: "dora.datei@example.org" });
    const { sessionToken } = await signIn("dora.datei@example.org", new Date());
    jar.session = sessionToken;
    try {
      const response = await download();
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="meine-daten-\d{4}-\d{2}-\d{2}\.json"$/);
      const body = await response.json();
      expect(body.email).toBe("dora.datei@example.org");
      expect(body.registrations.map((r: { stored: { lastName: string } }) => r.stored.lastName)).toEqual(["Datei"]);
      // A certificate of nobody's, a foreign one, or a malformed id: not found.
      expect((await certificateOf("999999")).status).toBe(404);
      expect((await certificateOf("abc")).status).toBe(404);
    } finally {
      jar.session = undefined;
    }
  });

  it("lists a valid certificate and downloads it as the person's PDF", async () => {
    const past = await fixtures.event({ daysAhead: -12 });
    const mine = await fixtures.registration(past.id, { firstName: "Carla", lastName: "Zertifikat", email: "carla.zertifikat@example.org" }, { status: "attended" });
    await ctx.db.insert(t.sessionAttendance).values({ registrationId: mine.id, sessionId: past.sessionId, status: "present", recordedAt: now });
    const code = await import("@/lib/certificates/code");
    const seed = code.newCodeSeed();
    await ctx.db.insert(t.certificates).values({ registrationId: mine.id, eventId: past.id, codeSeed: seed, codeHash: code.hashCode(code.codeFromSeed(seed)), sessionIds: [past.sessionId], minutesAttended: 120, issuedAt: now });
    const { subject, sessionToken } = await signIn("carla.zertifikat@example.org", new Date());
    const { selfServiceOverview } = await import("@/lib/privacy/self-service-overview");
    const overview = await selfServiceOverview(subject, now);
    expect(overview.past.map((e) => [e.row.id, e.hasCertificate])).toEqual([[mine.id, true]]);
    const route = await import("@/app/(public)/meine-daten/bescheinigung/[id]/route");
    jar.session = sessionToken;
    try {
      const response = await route.GET(new Request("http://localhost/"), { params: Promise.resolve({ id: String(mine.id) }) });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      jar.session = undefined;
    }
  });

  it("mails all manage links of the live registrations in one mail", async () => {
    const one = await fixtures.event();
    const two = await fixtures.event({ daysAhead: 20 });
    const past = await fixtures.event({ daysAhead: -5 });
    const mine = { firstName: "Lea", lastName: "Links", email: "lea.links@example.org" };
    const a = await fixtures.registration(one.id, mine);
    const b = await fixtures.registration(two.id, mine, { status: "waitlisted" });
    await fixtures.registration(past.id, mine, { status: "attended" });
    await fixtures.registration((await fixtures.event()).id, mine, { status: "cancelled", cancelledAt: now });
    const { subject } = await signIn("lea.links@example.org");
    const { resendManageLinks } = await import("@/lib/privacy/self-service-resend");
    expect(await resendManageLinks(subject, now)).toBe("sent");
    const mails = (await mailsTo("lea.links@example.org")).filter((m) => m.kind === "self_service_links");
    expect(mails).toHaveLength(1);
    const links = [...mails[0].textBody.matchAll(/\/anmeldung\/([A-Za-z0-9_-]{43})/g)].map((m) => m[1]);
    expect(links).toHaveLength(2);
    const { registrationIdForToken } = await import("@/lib/registrations/tokens");
    const resolved = await Promise.all(links.map((token) => registrationIdForToken(ctx.db, token)));
    expect(resolved.sort()).toEqual([a.id, b.id].sort());
    expect(mails[0].textBody).toContain(one.title);
    expect(mails[0].htmlBody).toContain(two.title);
    expect(mails[0].textBody).toContain("Guten Tag Lea");
  });

  it("ends the session on sign-out so that a copied cookie is worthless", async () => {
    const event = await fixtures.event();
    await fixtures.registration(event.id, { firstName: "Sina", lastName: "Schluss", email: "sina.schluss@example.org" });
    const { sessionToken } = await signIn("sina.schluss@example.org");
    await tokens.endSessionToken(sessionToken);
    expect(await subjects.subjectForSessionToken(sessionToken, now)).toBeNull();
    const rows = await ctx.db.select().from(t.selfServiceTokens).where(and(eq(t.selfServiceTokens.emailNormalized, "sina.schluss@example.org"), eq(t.selfServiceTokens.kind, "session")));
    expect(rows).toHaveLength(0);
  });
});
