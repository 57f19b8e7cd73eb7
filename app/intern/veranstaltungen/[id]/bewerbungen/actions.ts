"use server";

import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { runRowCommand } from "@/lib/forms/row-command";
import { acceptApplication, declineApplication, endMembership, waitlistApplication } from "@/lib/supervision/decide-commands";
import { applicationDecisionSchema, declineApplicationSchema } from "@/lib/supervision/decide-schemas";
import { applicationsPath } from "@/lib/supervision/group-paths";

/** One decision posted from a plain form; back to the applications with a notice, at the person. */
async function decide<S extends z.ZodType<{ eventId: number; registrationId: number }>, R extends string>(
  formData: FormData,
  schema: S,
  command: (actor: Actor, input: z.output<S>) => Promise<R>,
  notices: Record<R, string>,
): Promise<never> {
  const actor = await requireActor();
  return runRowCommand({ actor, formData, schema, command, notices, listPath: applicationsPath, anchor: "bewerbung-" });
}

export async function acceptApplicationAction(formData: FormData): Promise<void> {
  await decide(formData, applicationDecisionSchema, acceptApplication, { accepted: "accepted", full: "full", full_waitlisted: "fullWaitlisted", not_open: "notOpen" });
}

export async function declineApplicationAction(formData: FormData): Promise<void> {
  await decide(formData, declineApplicationSchema, declineApplication, { declined: "declined", not_open: "notOpen" });
}

export async function waitlistApplicationAction(formData: FormData): Promise<void> {
  await decide(formData, applicationDecisionSchema, waitlistApplication, { waitlisted: "waitlisted", not_open: "notOpen" });
}

export async function endMembershipAction(formData: FormData): Promise<void> {
  await decide(formData, applicationDecisionSchema, endMembership, { ended: "ended", not_member: "notOpen" });
}
