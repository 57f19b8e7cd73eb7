import "server-only";
import { eq, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Actor } from "./actor";

/**
 * The rules of who may do what in the signed-in area. They live here, in the data layer, and every
 * query and command of /intern applies them, whatever page, action or route calls it.
 *
 * - coordinator (the city's office): everything, for every organisation.
 * - organiser: the events, participants and exports of the own organisation.
 * - org_admin: as organiser, and may invite and deactivate colleagues of the own organisation.
 */

/** Thrown when an actor asks for something it may not see or change. Pages answer 404, actions a calm message. */
export class AccessDenied extends Error {
  constructor(what = "Kein Zugriff") {
    super(what);
    this.name = "AccessDenied";
  }
}

export const isCoordinator = (actor: Actor) => actor.role === "coordinator";

/** A WHERE condition that keeps an actor to its own organisation's rows (none for the office). */
export function ownOrganisation(actor: Actor, column: SQLiteColumn): SQL | undefined {
  return isCoordinator(actor) ? undefined : eq(column, actor.organisationId);
}

/** Refuses unless the actor may act for this organisation. Foreign rows look as if they did not exist. */
export function assertOrganisation(actor: Actor, organisationId: number | null | undefined): void {
  if (organisationId == null) throw new AccessDenied();
  if (!isCoordinator(actor) && organisationId !== actor.organisationId) throw new AccessDenied();
}

/** Refuses unless the actor is the city's office. */
export function assertCoordinator(actor: Actor): void {
  if (!isCoordinator(actor)) throw new AccessDenied();
}

/** Whether the actor may invite, change and deactivate accounts of this organisation. */
export function canManageAccountsOf(actor: Actor, organisationId: number): boolean {
  return isCoordinator(actor) || (actor.role === "org_admin" && actor.organisationId === organisationId);
}
