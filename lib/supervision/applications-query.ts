import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { initiatives, registrations, seatHoldingStatuses, type RegistrationStatus } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction } from "@/lib/db/write-transaction";
import { waitlistPositions } from "@/lib/registrations/rules";
import { supervisionGroupForActor } from "./group-access";

export const applicationGroups = ["applied", "waitlisted", "members", "closed"] as const;
export type ApplicationGroup = (typeof applicationGroups)[number];

function groupOf(status: RegistrationStatus): ApplicationGroup {
  if (status === "applied") return "applied";
  if (status === "waitlisted") return "waitlisted";
  if ((seatHoldingStatuses as readonly string[]).includes(status)) return "members";
  return "closed";
}

/**
 * The applications to a supervision group the actor may manage, grouped (new, waiting list,
 * members, declined or withdrawn), with their confidential texts, and the group's figures. When a
 * place is free and someone waits, the first person of the waiting list (oldest application first)
 * is offered; nobody is moved up here.
 *
 * Reading the texts is recorded: one audit entry per application shown with a text, written before
 * the texts are returned. A foreign, missing or ordinary event throws AccessDenied.
 */
export async function listApplications(actor: Actor, eventId: number, now = new Date()) {
  const group = await supervisionGroupForActor(actor, eventId);
  const rows = await db
    .select({ r: registrations, initiativeName: initiatives.name })
    .from(registrations)
    .leftJoin(initiatives, eq(initiatives.id, registrations.initiativeId))
    .where(eq(registrations.eventId, group.id))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  const places = waitlistPositions(rows.map(({ r }) => r.status));
  const applications = rows.map(({ r, initiativeName }, i) => ({
    id: r.id,
    status: r.status,
    group: groupOf(r.status),
    position: places[i],
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    phone: r.phone,
    initiative: initiativeName ?? r.initiativeOther,
    canAttendAll: r.canAttendAll,
    motivation: r.motivation?.trim() ? r.motivation : null,
    appliedAt: r.createdAt,
  }));
  const withText = applications.filter((a) => a.motivation);
  if (withText.length > 0) {
    await writeTransaction(async (tx) => {
      for (const a of withText) {
        await recordAudit(
          tx,
          actor,
          { entityType: "application", entityId: a.id, organisationId: group.organisationId, action: "application.text_viewed", label: `${a.firstName} ${a.lastName}`, after: { eventId: group.id } },
          now,
        );
      }
    });
  }
  const members = applications.filter((a) => a.group === "members").length;
  const waitingList = applications.filter((a) => a.group === "waitlisted");
  const freePlaces = Math.max(0, group.capacity - members);
  return {
    group: { id: group.id, title: group.title, trainer: group.trainer, targetGroup: group.targetGroup, capacity: group.capacity, status: group.status },
    counts: { members, waiting: waitingList.length, applied: applications.filter((a) => a.group === "applied").length, freePlaces },
    /** The first of the waiting list, offered when a place is free. */
    nextWaiting: freePlaces > 0 ? (waitingList[0] ?? null) : null,
    applications,
  };
}

export type ApplicationList = Awaited<ReturnType<typeof listApplications>>;
export type Application = ApplicationList["applications"][number];
