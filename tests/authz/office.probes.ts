import { expect } from "vitest";
import { count, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { AuthzContext } from "./context";

/**
 * Authorisation probes of the office's pages (accounts, organisations, lists). Each one does what
 * its server action does, through the same data-layer functions, as the Volkshochschule's org_admin
 * with the Wohlfahrtsverband's ids, and for office-only actions also with the Volkshochschule's own
 * ids; each must be refused and leave no trace (no row changed, no audit entry, no mail).
 */

const load = async () => ({
  access: await import("@/lib/auth/access"),
  accounts: await import("@/lib/accounts/account-commands"),
  organisations: await import("@/lib/organisations/organisation-commands"),
  catalog: await import("@/lib/catalog-admin/catalog-commands"),
});

/** Rows that would change if a refused command slipped through. */
async function traces(c: AuthzContext) {
  const [[audit], [mails], organisations, accounts, topics] = await Promise.all([
    c.db.select({ n: count() }).from(c.t.auditLog),
    c.db.select({ n: count() }).from(c.t.mailOutbox),
    c.db.select().from(c.t.organisations),
    c.db.select().from(c.t.accounts),
    c.db.select().from(c.t.topics),
  ]);
  return { audit: audit.n, mails: mails.n, organisations, accounts, topics };
}

/** Runs each attempt, expects AccessDenied from all of them, and nothing changed. */
async function refused(c: AuthzContext, ...attempts: (() => Promise<unknown>)[]) {
  const { access } = await load();
  const before = await traces(c);
  for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(access.AccessDenied);
  expect(await traces(c)).toEqual(before);
}

const orgInput = { name: "Übernommen", shortName: null, description: null, email: null, phone: null, website: null, trusted: true };
const topicId = async (c: AuthzContext) => (await c.db.select().from(c.t.topics).limit(1))[0].id;
const venueId = async (c: AuthzContext) => (await c.db.select().from(c.t.venues).limit(1))[0].id;
const omarId = async (c: AuthzContext) => (await c.db.select().from(c.t.accounts).where(eq(c.t.accounts.email, "omar.okafor@vhs-am-rhein.example.org")))[0].id;

/** Office-only: the partner is refused with foreign ids and with its own. */
const officeOnly = (run: (m: Awaited<ReturnType<typeof load>>, c: AuthzContext, actor: Actor, orgId: number) => Promise<unknown>) => async (c: AuthzContext) => {
  const m = await load();
  await refused(
    c,
    () => run(m, c, c.vhsAdmin, c.foreign.organisationId),
    () => run(m, c, c.vhsAdmin, c.vhsAdmin.organisationId),
    () => run(m, c, c.vhsOrganiser, c.vhsOrganiser.organisationId),
  );
};

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  "app/intern/konten/actions.ts#inviteAccountAction": async (c) => {
    const { accounts } = await load();
    await refused(
      c,
      () => accounts.inviteAccount(c.vhsAdmin, { email: "probe@example.org", name: "Probe", role: "organiser", organisationId: c.foreign.organisationId }),
      () => accounts.inviteAccount(c.vhsAdmin, { email: "probe@example.org", name: "Probe", role: "coordinator", organisationId: c.vhsAdmin.organisationId }),
      () => accounts.inviteAccount(c.vhsOrganiser, { email: "probe@example.org", name: "Probe", role: "organiser", organisationId: c.vhsOrganiser.organisationId }),
    );
  },
  "app/intern/konten/actions.ts#changeAccountRoleAction": async (c) => {
    const { accounts } = await load();
    const omar = await omarId(c);
    await refused(
      c,
      () => accounts.changeAccountRole(c.vhsAdmin, c.foreign.accountId, "organiser"),
      () => accounts.changeAccountRole(c.vhsAdmin, c.vhsAdmin.accountId, "organiser"), // nobody demotes themselves
      () => accounts.changeAccountRole(c.vhsAdmin, omar, "coordinator"),
      () => accounts.changeAccountRole(c.vhsOrganiser, omar, "org_admin"),
    );
  },
  "app/intern/konten/actions.ts#deactivateAccountAction": async (c) => {
    const { accounts } = await load();
    await refused(
      c,
      () => accounts.setAccountActive(c.vhsAdmin, c.foreign.accountId, false),
      () => accounts.setAccountActive(c.vhsAdmin, c.vhsAdmin.accountId, false), // nobody deactivates themselves
      () => accounts.setAccountActive(c.vhsAdmin, c.coordinator.accountId, false),
      () => accounts.setAccountActive(c.vhsOrganiser, c.vhsAdmin.accountId, false),
    );
  },
  "app/intern/konten/actions.ts#reactivateAccountAction": async (c) => {
    const { accounts } = await load();
    await refused(
      c,
      () => accounts.setAccountActive(c.vhsAdmin, c.foreign.accountId, true),
      () => accounts.setAccountActive(c.vhsOrganiser, c.vhsAdmin.accountId, true),
    );
  },
  "app/intern/konten/actions.ts#resendInvitationAction": async (c) => {
    const { accounts } = await load();
    await refused(
      c,
      () => accounts.resendInvitation(c.vhsAdmin, c.foreign.accountId),
      () => accounts.resendInvitation(c.vhsOrganiser, c.vhsAdmin.accountId),
      // An account with a password gets no new invitation, not even from its own org_admin.
      async () => accounts.resendInvitation(c.vhsAdmin, await omarId(c)),
    );
  },
  "app/intern/organisationen/actions.ts#createOrganisationAction": officeOnly((m, _c, actor) => m.organisations.createOrganisation(actor, orgInput)),
  "app/intern/organisationen/actions.ts#updateOrganisationAction": officeOnly((m, _c, actor, orgId) => m.organisations.updateOrganisation(actor, orgId, orgInput)),
  "app/intern/organisationen/actions.ts#deactivateOrganisationAction": officeOnly((m, _c, actor, orgId) => m.organisations.setOrganisationActive(actor, orgId, false)),
  "app/intern/organisationen/actions.ts#reactivateOrganisationAction": officeOnly((m, _c, actor, orgId) => m.organisations.setOrganisationActive(actor, orgId, true)),
  "app/intern/listen/actions.ts#addCatalogItemAction": officeOnly((m, _c, actor) => m.catalog.addCatalogItem(actor, "topic", { name: "Probe" })),
  "app/intern/listen/actions.ts#updateCatalogItemAction": officeOnly(async (m, c, actor) => {
    await expect(m.catalog.updateCatalogItem(actor, "venue", await venueId(c), { name: "Probe", street: "x 1", postalCode: "55116", city: "Mainz", room: null, stepFree: false, accessibilityNotes: null, directions: null })).rejects.toBeInstanceOf(m.access.AccessDenied);
    return m.catalog.updateCatalogItem(actor, "topic", await topicId(c), { name: "Probe" });
  }),
  "app/intern/listen/actions.ts#deactivateCatalogItemAction": officeOnly(async (m, c, actor) => m.catalog.setCatalogItemActive(actor, "topic", await topicId(c), false)),
  "app/intern/listen/actions.ts#reactivateCatalogItemAction": officeOnly(async (m, c, actor) => m.catalog.setCatalogItemActive(actor, "topic", await topicId(c), true)),
};
