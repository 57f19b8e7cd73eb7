import { beforeAll, describe, expect, it } from "vitest";
import { authzContext, type AuthzContext } from "./authz/context";
import { probes } from "./authz/office.probes";

let c: AuthzContext;
let access: typeof import("@/lib/auth/access");

beforeAll(async () => {
  c = await authzContext();
  access = await import("@/lib/auth/access");
});

describe("office actions refuse partners", () => {
  for (const [key, probe] of Object.entries(probes)) it(key, () => probe(c));
});

describe("office pages' reads", () => {
  it("show organisations, lists and foreign accounts to nobody but the office", async () => {
    const organisations = await import("@/lib/organisations/organisation-queries");
    const catalog = await import("@/lib/catalog-admin/catalog-queries");
    const accounts = await import("@/lib/accounts/account-queries");
    await expect(organisations.listOrganisations(c.vhsAdmin)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(organisations.getOrganisation(c.vhsAdmin, c.vhsAdmin.organisationId)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(catalog.listCatalog(c.vhsAdmin, "topic")).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(accounts.getManagedAccount(c.vhsAdmin, c.foreign.accountId)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(accounts.getManagedAccount(c.vhsAdmin, 999_999)).rejects.toBeInstanceOf(access.AccessDenied);
    expect(await accounts.listManagedAccounts(c.vhsAdmin, { organisationId: c.foreign.organisationId })).toEqual([]);
    expect((await organisations.invitableOrganisations(c.vhsAdmin)).map((o) => o.id)).toEqual([c.vhsAdmin.organisationId]);
    expect((await organisations.getOrganisation(c.coordinator, c.foreign.organisationId)).id).toBe(c.foreign.organisationId);
  });

  it("refuse a plain organiser the accounts page, even of the own organisation", async () => {
    const accounts = await import("@/lib/accounts/account-queries");
    const organisations = await import("@/lib/organisations/organisation-queries");
    await expect(accounts.listManagedAccounts(c.vhsOrganiser)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(accounts.getManagedAccount(c.vhsOrganiser, c.vhsAdmin.accountId)).rejects.toBeInstanceOf(access.AccessDenied);
    expect(await organisations.invitableOrganisations(c.vhsOrganiser)).toEqual([]);
  });
});
