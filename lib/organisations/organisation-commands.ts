import "server-only";
import { eq } from "drizzle-orm";
import { organisations } from "@/db/schema";
import { changedFields, recordAudit } from "@/lib/audit/audit";
import { AccessDenied, assertCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { freeSlug } from "@/lib/catalog-admin/free-slug";
import type { OrganisationInput } from "./organisation-schemas";

async function organisationInTx(tx: Tx, organisationId: number) {
  const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) throw new AccessDenied();
  return organisation;
}

/** Creates a partner organisation (office only). The office itself exists once, from the seed. */
export async function createOrganisation(actor: Actor, input: OrganisationInput, now = new Date()): Promise<number> {
  assertCoordinator(actor);
  return writeTransaction(async (tx) => {
    const slug = await freeSlug(tx, organisations, organisations.slug, input.name, "organisation");
    const [created] = await tx
      .insert(organisations)
      .values({ ...input, slug, kind: "partner", active: true, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, actor, { entityType: "organisation", entityId: created.id, organisationId: created.id, action: "organisation.created", label: created.name, after: { ...input } }, now);
    return created.id;
  });
}

/** Changes an organisation's details (office only). The slug stays, so that filter links keep working. */
export async function updateOrganisation(actor: Actor, organisationId: number, input: OrganisationInput, now = new Date()): Promise<void> {
  assertCoordinator(actor);
  await writeTransaction(async (tx) => {
    const before = await organisationInTx(tx, organisationId);
    const { before: b, after: a } = changedFields(before, input);
    if (Object.keys(a).length === 0) return;
    await tx.update(organisations).set({ ...input, updatedAt: now }).where(eq(organisations.id, organisationId));
    await recordAudit(tx, actor, { entityType: "organisation", entityId: organisationId, organisationId, action: "organisation.updated", label: input.name, before: b, after: a }, now);
  });
}

/**
 * Deactivates or reactivates an organisation (office only). Deactivated, its events leave every
 * public page (lib/events/visibility.ts) and its accounts cannot act (lib/auth/actor.ts loadActor);
 * nothing is deleted. The office's own organisation cannot be deactivated.
 */
export async function setOrganisationActive(actor: Actor, organisationId: number, active: boolean, now = new Date()): Promise<void> {
  assertCoordinator(actor);
  await writeTransaction(async (tx) => {
    const organisation = await organisationInTx(tx, organisationId);
    if (organisation.kind === "office" && !active) throw new AccessDenied("Die Organisation der Koordination kann nicht deaktiviert werden.");
    if (organisation.active === active) return;
    await tx.update(organisations).set({ active, updatedAt: now }).where(eq(organisations.id, organisationId));
    await recordAudit(tx, actor, { entityType: "organisation", entityId: organisationId, organisationId, action: active ? "organisation.reactivated" : "organisation.deactivated", label: organisation.name, before: { active: organisation.active }, after: { active } }, now);
  });
}
