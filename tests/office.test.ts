import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";

let c: AuthzContext;
let orgCommands: typeof import("@/lib/organisations/organisation-commands");
let orgQueries: typeof import("@/lib/organisations/organisation-queries");
let catalogCommands: typeof import("@/lib/catalog-admin/catalog-commands");
let catalogQueries: typeof import("@/lib/catalog-admin/catalog-queries");
let audit: typeof import("@/lib/audit/audit-queries");
let publicQueries: typeof import("@/lib/events/public-queries");
let actor: typeof import("@/lib/auth/actor");
let access: typeof import("@/lib/auth/access");
let schemas: typeof import("@/lib/organisations/organisation-schemas-server");

const organisation = (name: string) => ({ name, shortName: null, description: null, email: null, phone: null, website: null, trusted: false });

beforeAll(async () => {
  c = await authzContext();
  orgCommands = await import("@/lib/organisations/organisation-commands");
  orgQueries = await import("@/lib/organisations/organisation-queries");
  catalogCommands = await import("@/lib/catalog-admin/catalog-commands");
  catalogQueries = await import("@/lib/catalog-admin/catalog-queries");
  audit = await import("@/lib/audit/audit-queries");
  publicQueries = await import("@/lib/events/public-queries");
  actor = await import("@/lib/auth/actor");
  access = await import("@/lib/auth/access");
  schemas = await import("@/lib/organisations/organisation-schemas-server");
});

describe("organisations", () => {
  it("check the form in German and complete a bare web address", () => {
    const bad = schemas.organisationSchema.safeParse({ name: " ", email: "kein-at", website: "nicht eine adresse" });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages.name).toBe("Bitte geben Sie den Namen an.");
    expect(messages.email).toMatch(/gültige E-Mail-Adresse/);
    expect(messages.website).toMatch(/Web-Adresse/);
    const good = schemas.organisationSchema.parse({ name: "Neuer Träger", website: "www.neu.example.org", trusted: "on" });
    expect(good).toMatchObject({ name: "Neuer Träger", website: "https://www.neu.example.org", trusted: true, email: null });
  });

  it("create and edit a partner with a unique slug, each with an audit entry", async () => {
    const first = await orgCommands.createOrganisation(c.coordinator, organisation("Neuer Träger e. V."));
    const second = await orgCommands.createOrganisation(c.coordinator, organisation("Neuer Träger e. V."));
    const rows = await c.db.select().from(c.t.organisations).where(eq(c.t.organisations.name, "Neuer Träger e. V."));
    expect(rows.map((r) => r.slug).sort()).toEqual(["neuer-traeger-e-v", "neuer-traeger-e-v-2"]);
    expect(rows.every((r) => r.kind === "partner" && r.active)).toBe(true);
    await orgCommands.updateOrganisation(c.coordinator, first, { ...organisation("Umbenannter Träger"), trusted: true });
    const edited = await orgQueries.getOrganisation(c.coordinator, first);
    expect(edited).toMatchObject({ name: "Umbenannter Träger", trusted: true, slug: "neuer-traeger-e-v" });
    const entries = await c.db.select().from(c.t.auditLog).where(eq(c.t.auditLog.entityId, first));
    const updated = entries.find((e) => e.action === "organisation.updated")!;
    expect(updated.before).toEqual({ name: "Neuer Träger e. V.", trusted: false });
    expect(updated.after).toEqual({ name: "Umbenannter Träger", trusted: true });
    expect((await orgQueries.listOrganisations(c.coordinator)).some((o) => o.id === second)).toBe(true);
  });

  it("deactivating hides the organisation's events from the calendar and stops its accounts; reactivating brings both back", async () => {
    const visibleBefore = await publicQueries.listPublicEvents({ traeger: "wohlfahrtsverband-rheinhessen" }, new Date(), 100);
    expect(visibleBefore.total).toBeGreaterThan(0);
    await orgCommands.setOrganisationActive(c.coordinator, c.foreign.organisationId, false);
    expect((await publicQueries.listPublicEvents({ traeger: "wohlfahrtsverband-rheinhessen" }, new Date(), 100)).total).toBe(0);
    const [bea] = await c.db.select().from(c.t.accounts).where(eq(c.t.accounts.id, c.foreign.accountId));
    expect(await actor.loadActor(bea.id, bea.sessionVersion)).toBeNull();
    // Nothing is deleted.
    expect((await c.db.select().from(c.t.events).where(eq(c.t.events.organisationId, c.foreign.organisationId))).length).toBeGreaterThan(0);
    await orgCommands.setOrganisationActive(c.coordinator, c.foreign.organisationId, true);
    expect((await publicQueries.listPublicEvents({ traeger: "wohlfahrtsverband-rheinhessen" }, new Date(), 100)).total).toBe(visibleBefore.total);
    expect(await actor.loadActor(bea.id, bea.sessionVersion)).not.toBeNull();
  });

  it("never deactivate the office's own organisation", async () => {
    await expect(orgCommands.setOrganisationActive(c.coordinator, c.coordinator.organisationId, false)).rejects.toBeInstanceOf(access.AccessDenied);
    const [office] = await c.db.select().from(c.t.organisations).where(eq(c.t.organisations.id, c.coordinator.organisationId));
    expect(office.active).toBe(true);
  });
});

describe("the office's lists", () => {
  it("add, rename and deactivate a topic, which then leaves the public filter", async () => {
    const id = await catalogCommands.addCatalogItem(c.coordinator, "topic", { name: "Erste Hilfe" });
    const [topic] = await c.db.select().from(c.t.topics).where(eq(c.t.topics.id, id));
    expect(topic.slug).toBe("erste-hilfe");
    await catalogCommands.updateCatalogItem(c.coordinator, "topic", id, { name: "Erste Hilfe für Ehrenamtliche" });
    expect(await catalogQueries.getCatalogItem(c.coordinator, "topic", id)).toMatchObject({ name: "Erste Hilfe für Ehrenamtliche", active: true });
    await catalogCommands.setCatalogItemActive(c.coordinator, "topic", id, false);
    const list = await catalogQueries.listCatalog(c.coordinator, "topic");
    expect(list.find((t) => t.id === id)).toMatchObject({ active: false, name: "Erste Hilfe für Ehrenamtliche" });
    const [updated] = await c.db.select().from(c.t.auditLog).where(eq(c.t.auditLog.action, "catalog.topic.updated"));
    expect(updated).toMatchObject({ entityId: id, before: { name: "Erste Hilfe" }, after: { name: "Erste Hilfe für Ehrenamtliche" }, organisationId: null });
  });

  it("edit a venue but never deactivate one", async () => {
    const [venue] = await c.db.select().from(c.t.venues).limit(1);
    const input = { name: venue.name, street: "Neue Straße 1", postalCode: "55116", city: "Mainz", room: null, stepFree: true, accessibilityNotes: null, directions: "Hinter dem Rathaus" };
    await catalogCommands.updateCatalogItem(c.coordinator, "venue", venue.id, input);
    expect(await catalogQueries.getCatalogItem(c.coordinator, "venue", venue.id)).toMatchObject({ street: "Neue Straße 1", directions: "Hinter dem Rathaus" });
    await expect(catalogCommands.setCatalogItemActive(c.coordinator, "venue", venue.id, false)).rejects.toBeInstanceOf(access.AccessDenied);
    const newVenue = await catalogCommands.addCatalogItem(c.coordinator, "venue", { ...input, name: "Neuer Saal" });
    expect((await catalogQueries.listCatalog(c.coordinator, "venue")).some((v) => v.id === newVenue)).toBe(true);
  });
});

describe("audit log", () => {
  it("show partners only entries of their own organisation, the office everything", async () => {
    const all = await audit.listAuditEntries(c.coordinator);
    expect(all.total).toBeGreaterThan(0);
    expect(all.entries.some((e) => e.organisationId === null)).toBe(true);
    const accountCommands = await import("@/lib/accounts/account-commands");
    await accountCommands.changeAccountRole(c.vhsAdmin, c.vhsOrganiser.accountId, "org_admin");
    const own = await audit.listAuditEntries(c.vhsOrganiser, {});
    expect(own.total).toBeGreaterThan(0);
    expect(own.entries.every((e) => e.organisationId === c.vhsAdmin.organisationId)).toBe(true);
    expect((await audit.listAuditEntries(c.vhsAdmin, { typ: "organisation" })).entries.every((e) => e.organisationId === c.vhsAdmin.organisationId)).toBe(true);
    const foreignOnes = await audit.listAuditEntries(c.foreignAdmin, { q: "Omar" });
    expect(foreignOnes.total).toBe(0);
  });

  it("search label, action and actor name, filter by type and date, newest first", async () => {
    const byLabel = await audit.listAuditEntries(c.coordinator, { q: "umbenannter" });
    expect(byLabel.entries.map((e) => e.action)).toContain("organisation.updated");
    const byActor = await audit.listAuditEntries(c.coordinator, { q: "Kim Koch", typ: "catalog" });
    expect(byActor.total).toBeGreaterThanOrEqual(3);
    expect(byActor.entries.every((e) => e.entityType === "catalog" && e.actorName === "Kim Koch")).toBe(true);
    const times = byActor.entries.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await audit.listAuditEntries(c.coordinator, { q: "100%" })).total).toBe(0);
    expect((await audit.listAuditEntries(c.coordinator, { bis: "2000-01-01" })).total).toBe(0);
    const parsed = audit.auditFilterSchema.parse({ q: " x ", typ: "quatsch", von: "gestern", seite: "2" });
    expect(parsed).toEqual({ q: "x", typ: undefined, von: undefined, bis: undefined, seite: 2 });
  });
});

describe("invitations", () => {
  it("send a fresh link to someone who has not set a password, and to nobody else", async () => {
    const commands = await import("@/lib/accounts/account-commands");
    const queries = await import("@/lib/accounts/account-queries");
    const invited = await commands.inviteAccount(c.coordinator, { email: "lena.later@example.org", name: "Lena Later", role: "organiser", organisationId: c.vhsAdmin.organisationId });
    expect(invited.kind).toBe("invited");
    const [{ id: accountId }] = await c.db.select({ id: c.t.accounts.id }).from(c.t.accounts).where(eq(c.t.accounts.email, "lena.later@example.org"));
    expect(await queries.getManagedAccount(c.vhsAdmin, accountId)).toMatchObject({ passwordSet: false, active: true, isSelf: false });
    await commands.resendInvitation(c.vhsAdmin, accountId);
    const mails = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.recipient, "lena.later@example.org"));
    expect(mails).toHaveLength(2);
    const links = mails.map((m) => m.textBody.match(/passwort-setzen\/([A-Za-z0-9_-]{43})/)![1]);
    expect(new Set(links).size).toBe(2);
    await expect(commands.resendInvitation(c.coordinator, c.vhsOrganiser.accountId)).rejects.toBeInstanceOf(access.AccessDenied);
  });
});
