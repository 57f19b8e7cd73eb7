import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { applicationTexts, registrationTexts } from "./support/form-texts";
import { and, eq } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";

/**
 * Issue 10: the registration API and forms from outside. Groups cannot be joined by registering,
 * who is registered or a member is never told by the answer, the API takes only small JSON bodies
 * under the form's limits, form timestamps are bound to one event and used once, and names cannot
 * carry links into mails.
 */

// The actions read the client's address from the request headers and end with a redirect.
const request = vi.hoisted(() => ({ ip: "198.51.100.1" }));
// The actions ask next-intl for the request's language and redirect to the page in it.
vi.mock("next-intl/server", async () => (await import("./support/next-intl-server-mock")).nextIntlServer);
vi.mock("@/lib/i18n/navigation", async () => (await import("./support/next-intl-server-mock")).i18nNavigation);
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": request.ip }) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  },
}));

const now = new Date();
const DAY = 24 * 3600 * 1000;
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let t: typeof import("@/db/schema");
let commands: typeof import("@/lib/registrations/commands");
let schemas: typeof import("@/lib/registrations/schemas");
let spam: typeof import("@/lib/registrations/spam");
let route: typeof import("@/app/api/v1/events/[slug]/registrations/route");
let registerActions: typeof import("@/app/(public)/veranstaltungen/[slug]/actions");
let applyActions: typeof import("@/app/(public)/supervision/[slug]/actions");

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  t = await import("@/db/schema");
  commands = await import("@/lib/registrations/commands");
  schemas = await import("@/lib/registrations/schemas");
  spam = await import("@/lib/registrations/spam");
  route = await import("@/app/api/v1/events/[slug]/registrations/route");
  registerActions = await import("@/app/(public)/veranstaltungen/[slug]/actions");
  applyActions = await import("@/app/(public)/supervision/[slug]/actions");
});

let settings: typeof import("@/lib/config/env");
beforeAll(async () => {
  settings = await import("@/lib/config/env");
  // The tests come from several addresses through one trusted proxy (X-Forwarded-For's last entry).
  settings.reloadSettingsForTests({ TRUSTED_PROXY_HOPS: "1" });
});

afterEach(() => {
  settings.reloadSettingsForTests({ TRUSTED_PROXY_HOPS: "1", REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE: undefined, REGISTRATION_RATE_LIMIT_PER_EMAIL: undefined });
});

let counter = 0;
let ipCounter = 0;
/** Each test comes from its own address, so that the per-IP limits of one do not touch another. */
const nextIp = () => `203.0.113.${++ipCounter}`;

async function event(format: "fortbildung" | "gruppensupervision", capacity = 5) {
  const [org] = await ctx.db.select().from(t.organisations).where(eq(t.organisations.slug, "fluechtlingskoordination"));
  const [f] = await ctx.db.select().from(t.formats).where(eq(t.formats.isSupervision, format === "gruppensupervision")).limit(1);
  const startsAt = new Date(now.getTime() + 10 * DAY);
  const endsAt = new Date(startsAt.getTime() + 7200_000);
  const [row] = await ctx.db
    .insert(t.events)
    .values({ slug: `abuse-${format}-${++counter}`, title: `Test ${counter}`, summary: "s", description: "d", formatId: f.id, organisationId: org.id, capacity, status: "published", startsAt, endsAt })
    .returning();
  await ctx.db.insert(t.eventSessions).values({ eventId: row.id, startsAt, endsAt });
  return row;
}

const body = (email: string, extra: Record<string, unknown> = {}) => ({ firstName: "Test", lastName: "Person", email, initiative: "keine", consent: true, ...extra });

function post(slug: string, content: BodyInit | null, { type = "application/json", ip = nextIp(), headers = {} as Record<string, string> } = {}) {
  const req = new Request(`https://fortbildung.example.org/api/v1/events/${slug}/registrations`, {
    method: "POST",
    body: content,
    headers: { "content-type": type, "x-forwarded-for": ip, ...headers },
    duplex: "half",
  } as RequestInit);
  return route.POST(req, { params: Promise.resolve({ slug }) });
}
const postJson = (slug: string, value: unknown, options: Parameters<typeof post>[2] = {}) => post(slug, JSON.stringify(value), options);

async function rows(eventId: number) {
  return ctx.db.select().from(t.registrations).where(eq(t.registrations.eventId, eventId));
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

/** A form shown ten seconds ago for `slug`, filled in. */
const registrationForm = (slug: string, email: string, extra: Record<string, string> = {}) =>
  form({ firstName: "Test", lastName: "Person", email, initiativeChoice: "keine", consent: "on", formStartedAt: spam.formStartedToken(slug, Date.now() - 10_000), ...extra });

const applicationForm = (slug: string, email: string) =>
  form({ firstName: "Paula", lastName: "Pate", email, initiativeChoice: "keine", motivation: "Ich begleite eine Familie.", canAttendAll: "ja", consent: "on", formStartedAt: spam.formStartedToken(slug, Date.now() - 10_000) });

/** Where an action redirected to, or what it answered. */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    const to = (error as { to?: string }).to;
    if (to) return { redirect: to };
    throw error;
  }
}

describe("registration refuses supervision groups (must 2)", () => {
  it("the command, the API and the form action send people to the application page", async () => {
    const group = await event("gruppensupervision");
    const input = schemas.registrationSchema([], registrationTexts()).parse(body("joiner@example.org"));
    expect(await commands.registerForEvent(group.slug, input)).toEqual({ kind: "supervision_group", applicationPath: `/supervision/${group.slug}` });

    const answer = await postJson(group.slug, body("api-joiner@example.org"));
    expect(answer.status).toBe(409);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect((await answer.json()).detail).toContain(`/supervision/${group.slug}`);

    request.ip = nextIp();
    const state = await outcome(() => registerActions.registerAction(group.slug, { status: "idle" }, registrationForm(group.slug, "form-joiner@example.org")));
    expect(state).toMatchObject({ status: "closed", link: { href: `/supervision/${group.slug}` } });
    expect(await rows(group.id)).toHaveLength(0);
  });
});

describe("the registration API's body and abuse protection (must 7)", () => {
  it("answers 415 to anything but JSON, and accepts JSON with a charset", async () => {
    const e = await event("fortbildung");
    const form = await post(e.slug, "firstName=A", { type: "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    expect(form.headers.get("content-type")).toBe("application/problem+json");
    expect((await post(e.slug, JSON.stringify(body("plain@example.org")), { type: "text/plain" })).status).toBe(415);
    expect((await post(e.slug, JSON.stringify(body("charset@example.org")), { type: "application/json; charset=utf-8" })).status).toBe(202);
  });

  it("answers 413 to a body over 64 KB, also when it is streamed without a Content-Length", async () => {
    const e = await event("fortbildung");
    const big = JSON.stringify(body("big@example.org", { accessibilityNeeds: "x".repeat(70 * 1024) }));
    const declared = await post(e.slug, big);
    expect(declared.status).toBe(413);
    let sent = 0;
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    // An endless body: the reader must stop at the limit instead of waiting for the end.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await post(e.slug, endless);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).title).toBeTruthy();
    expect(sent).toBeLessThan(1024 * 1024);
    expect(await rows(e.id)).toHaveLength(0);
  });

  it("sends no wildcard CORS header", async () => {
    const e = await event("fortbildung");
    const ok = await postJson(e.slug, body("cors@example.org"));
    expect(ok.status).toBe(202);
    expect(ok.headers.get("access-control-allow-origin")).toBeNull();
    const problem = await postJson("gibt-es-nicht", body("cors@example.org"));
    expect(problem.headers.get("access-control-allow-origin")).toBeNull();
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    expect((await GET()).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("refuses a filled honeypot", async () => {
    const e = await event("fortbildung");
    const answer = await postJson(e.slug, body("bot@example.org", { [spam.HONEYPOT_FIELD]: "https://spam.example" }));
    expect(answer.status).toBe(422);
    expect(await rows(e.id)).toHaveLength(0);
  });

  it("limits new registrations per event and minute from one source, in the API and the form (0 switches it off)", async () => {
    settings.reloadSettingsForTests({ REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE: "2" });
    const e = await event("fortbildung", 50);
    const ip = nextIp();
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await postJson(e.slug, body(`flood-${i}@example.org`), { ip })).status);
    expect(statuses).toEqual([202, 202, 429]);
    // Another event from the same source is not affected.
    const other = await event("fortbildung");
    expect((await postJson(other.slug, body("flood-other@example.org"), { ip })).status).toBe(202);
    // The form counts against the same limit.
    request.ip = ip;
    const state = await outcome(() => registerActions.registerAction(e.slug, { status: "idle" }, registrationForm(e.slug, "flood-form@example.org")));
    expect(state).toMatchObject({ status: "error" });
    settings.reloadSettingsForTests({ REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE: "0" });
    expect((await postJson(e.slug, body("flood-off@example.org"), { ip })).status).toBe(202);
    expect(await rows(e.id)).toHaveLength(3);
  });

  it("answers 422 (never 500) to a name with a NUL or a link", async () => {
    const e = await event("fortbildung");
    const nul = await postJson(e.slug, body("nul@example.org", { firstName: "Ann\u0000a" }));
    expect(nul.status).toBe(422);
    expect((await nul.json()).errors).toEqual([expect.objectContaining({ parameter: "firstName" })]);
    const link = await postJson(e.slug, body("link@example.org", { firstName: "Bitte klicken: http://evil.example/login" }));
    expect(link.status).toBe(422);
    expect(await rows(e.id)).toHaveLength(0);
  });
});

describe("the answer does not tell who is registered or a member (must 6)", () => {
  it("the API answers a known address exactly like a new one, and mails the real owner", async () => {
    const e = await event("fortbildung");
    const first = await postJson(e.slug, body("owner@example.org"));
    const again = await postJson(e.slug, body("OWNER@example.org", { firstName: "Mallory" }));
    const fresh = await postJson(e.slug, body("someone-new@example.org"));
    expect([first.status, again.status, fresh.status]).toEqual([202, 202, 202]);
    const texts = [await first.text(), await again.text(), await fresh.text()];
    expect(new Set(texts).size).toBe(1);
    expect(await rows(e.id)).toHaveLength(2);
    const mails = await ctx.db.select().from(t.mailOutbox).where(and(eq(t.mailOutbox.eventId, e.id), eq(t.mailOutbox.kind, "duplicate_registration")));
    expect(mails).toHaveLength(1);
    expect(mails[0].recipient).toBe("owner@example.org");
  });

  it("the registration form leads to the same page for a known and a new address", async () => {
    const e = await event("fortbildung");
    request.ip = nextIp();
    const first = await outcome(() => registerActions.registerAction(e.slug, { status: "idle" }, registrationForm(e.slug, "form-owner@example.org")));
    request.ip = nextIp();
    const again = await outcome(() => registerActions.registerAction(e.slug, { status: "idle" }, registrationForm(e.slug, "form-owner@example.org")));
    expect(first).toEqual({ redirect: "/anmeldung/eingegangen" });
    expect(again).toEqual(first);
  });

  it("applying with a member's address answers like a new application and mails the member their link", async () => {
    const group = await event("gruppensupervision");
    await ctx.db.insert(t.registrations).values({ eventId: group.id, status: "confirmed", firstName: "Geheim", lastName: "Mitglied", email: "member@example.org", emailNormalized: "member@example.org" });
    request.ip = nextIp();
    const member = await outcome(() => applyActions.applyAction(group.slug, { status: "idle" }, applicationForm(group.slug, "Member@example.org")));
    request.ip = nextIp();
    const stranger = await outcome(() => applyActions.applyAction(group.slug, { status: "idle" }, applicationForm(group.slug, "stranger@example.org")));
    expect(stranger).toEqual({ redirect: "/anmeldung/eingegangen?art=bewerbung" });
    expect(member).toEqual(stranger);
    expect((await rows(group.id)).map((r) => r.email).sort()).toEqual(["member@example.org", "stranger@example.org"]);
    const [mail] = await ctx.db.select().from(t.mailOutbox).where(and(eq(t.mailOutbox.eventId, group.id), eq(t.mailOutbox.kind, "duplicate_registration")));
    expect(mail.recipient).toBe("member@example.org");
    expect(mail.subject).toContain("Sie haben sich schon beworben");
    expect(mail.textBody).toMatch(/\/anmeldung\/[A-Za-z0-9_-]{43}/);
  });

  it("a wrong initiative is answered the same for a member and a stranger", async () => {
    const group = await event("gruppensupervision");
    await ctx.db.insert(t.registrations).values({ eventId: group.id, status: "applied", firstName: "Geheim", lastName: "Bewerberin", email: "applied@example.org", emailNormalized: "applied@example.org" });
    const { applyForSupervisionGroup } = await import("@/lib/supervision/apply");
    const { applicationSchema } = await import("@/lib/supervision/application-schema");
    const input = (email: string) => applicationSchema(applicationTexts()).parse({ firstName: "A", lastName: "B", email, initiative: "99999", canAttendAll: "ja", consent: "on" });
    expect(await applyForSupervisionGroup(group.slug, input("applied@example.org"))).toEqual({ kind: "invalid_initiative" });
    expect(await applyForSupervisionGroup(group.slug, input("other@example.org"))).toEqual({ kind: "invalid_initiative" });
  });
});

describe("the per-address limit counts registrations, not attempts (must 5)", () => {
  it("somebody else's refused attempts with an address do not lock its owner out", async () => {
    settings.reloadSettingsForTests({ REGISTRATION_RATE_LIMIT_PER_EMAIL: "2" });
    const e = await event("fortbildung");
    // An attacker tries the victim's address many times (from many addresses) and is refused
    // each time for other reasons (a wrong body, a closed event): nothing counts against the victim.
    for (let i = 0; i < 6; i++) {
      expect(await spam.checkRegistrationRateLimits({ ip: nextIp(), email: "victim@example.org", eventSlug: `closed-${i}` })).toBe(true);
    }
    expect((await postJson(e.slug, body("victim@example.org"))).status).toBe(202);
    // Registrations that were stored do count.
    const second = await event("fortbildung");
    expect((await postJson(second.slug, body("Victim@example.org"))).status).toBe(202);
    const third = await event("fortbildung");
    expect((await postJson(third.slug, body("victim@example.org"))).status).toBe(429);
  });
});

describe("the form timestamp is bound to its event and accepted once (should)", () => {
  it("a token of another event's form is taken for a bot", () => {
    const token = spam.formStartedToken("eine-veranstaltung", Date.now() - 10_000);
    expect(spam.checkFormSpam(form({ formStartedAt: token }), "eine-veranstaltung")).toBe("ok");
    expect(spam.checkFormSpam(form({ formStartedAt: token }), "eine-andere")).toBe("too_fast");
  });

  it("a replayed token registers nobody", async () => {
    const e = await event("fortbildung", 20);
    const token = spam.formStartedToken(e.slug, Date.now() - 10_000);
    const withToken = (email: string) => form({ firstName: "Re", lastName: "Play", email, initiativeChoice: "keine", consent: "on", formStartedAt: token });
    request.ip = nextIp();
    expect(await outcome(() => registerActions.registerAction(e.slug, { status: "idle" }, withToken("replay-1@example.org")))).toEqual({ redirect: "/anmeldung/eingegangen" });
    request.ip = nextIp();
    expect(await outcome(() => registerActions.registerAction(e.slug, { status: "idle" }, withToken("replay-2@example.org")))).toMatchObject({ status: "error" });
    expect((await rows(e.id)).map((r) => r.email)).toEqual(["replay-1@example.org"]);
  });

  it("the application form's token is accepted once, too", async () => {
    const group = await event("gruppensupervision");
    const data = applicationForm(group.slug, "apply-replay@example.org");
    request.ip = nextIp();
    expect(await outcome(() => applyActions.applyAction(group.slug, { status: "idle" }, data))).toEqual({ redirect: "/anmeldung/eingegangen?art=bewerbung" });
    data.set("email", "apply-replay-2@example.org");
    request.ip = nextIp();
    expect(await outcome(() => applyActions.applyAction(group.slug, { status: "idle" }, data))).toMatchObject({ status: "error" });
    expect(await rows(group.id)).toHaveLength(1);
  });

  it("markers of used tokens are forgotten once the tokens have expired", async () => {
    const issued = Date.UTC(2026, 0, 10, 12);
    const token = spam.formStartedToken("alt", issued);
    expect(await spam.acceptFormTokenOnce(form({ formStartedAt: token }), issued + 60_000)).toBe(true);
    // The marker is stored under a hash, with the token's time; a replay the next hour is refused.
    const markers = () => ctx.db.select().from(t.rateLimitCounters).where(eq(t.rateLimitCounters.windowStart, issued / 1000));
    expect(await markers()).toHaveLength(1);
    expect(await spam.acceptFormTokenOnce(form({ formStartedAt: token }), issued + 3600_000)).toBe(false);
    // Four days later the token is long expired: its marker goes with the shared pruning.
    const { pruneRateLimits } = await import("@/lib/rate-limit/prune");
    await pruneRateLimits(issued + 4 * DAY);
    expect(await markers()).toHaveLength(0);
  });
});

describe("names carry no links into mails (should)", () => {
  const parse = (firstName: string) => schemas.registrationSchema([], registrationTexts()).safeParse(body("n@example.org", { firstName }));

  it("accepts names of any script with common punctuation", () => {
    for (const name of ["José", "Nguyễn Văn", "O’Brien (Jr.)", "Anne-Marie", "Dr. Müller", "محمد", "Zoë d'Arc", "J. R. R."]) {
      expect(parse(name).success, name).toBe(true);
    }
  });

  it("refuses links, control characters and domain-like text with a German message", () => {
    for (const name of ["Bitte klicken: http://evil.example/login", "evil.example", "www.evil", "A\u0000", "Zeile\nZwei", "<b>", "123"]) {
      const result = parse(name);
      expect(result.success, name).toBe(false);
      expect(result.error?.issues[0].message).toMatch(/Buchstaben|Vornamen/);
    }
  });

  it("the office's phone registration follows the same rule", async () => {
    const { addParticipantSchema } = await import("@/lib/participants/schemas-server");
    const base = { eventId: "1", lastName: "B", email: "", phone: "", initiative: "keine", initiativeOther: "", accessibilityNeeds: "", note: "" };
    expect(addParticipantSchema.safeParse({ ...base, firstName: "Ömer" }).success).toBe(true);
    expect(addParticipantSchema.safeParse({ ...base, firstName: "Bitte klicken: http://evil.example" }).success).toBe(false);
  });

  it("a stored name that breaks the rule is left out of the greeting", async () => {
    const { registrationConfirmedMail } = await import("@/lib/mail/templates");
    const { getPublicEvent } = await import("@/lib/events/public-queries");
    const e = await event("fortbildung");
    const publicEvent = (await getPublicEvent(e.slug))!;
    const mail = registrationConfirmedMail({ firstName: "Bitte klicken: http://evil.example/login", event: publicEvent, manageUrl: "https://fortbildung.example.org/anmeldung/x" });
    expect(mail.text).not.toContain("evil.example");
    expect(mail.html).not.toContain("evil.example");
    expect(mail.text).toContain("Guten Tag,");
    expect(registrationConfirmedMail({ firstName: "Amira", event: publicEvent, manageUrl: "https://x.example/a" }).text).toContain("Guten Tag Amira,");
  });
});
