"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-state";
import { acceptApplication, declineApplication, endMembership, waitlistApplication } from "@/lib/supervision/decide-commands";
import { applicationDecisionSchema, declineApplicationSchema } from "@/lib/supervision/decide-schemas";
import { applicationsPath } from "@/lib/supervision/group-paths";

/** Back to the applications with a notice (works without JavaScript), anchored at the person. */
function backToList(eventId: unknown, notice: string, registrationId?: number): never {
  const id = Number(eventId);
  revalidatePath(applicationsPath(id));
  redirect(`${applicationsPath(id)}?hinweis=${notice}${registrationId ? `#bewerbung-${registrationId}` : ""}`);
}

/**
 * One decision posted from a plain form: parse with the shared schema, run the data layer's
 * command, and go back to the list with its notice; a refusal reads as "not allowed or gone".
 */
async function decide<S extends z.ZodType<{ eventId: number; registrationId: number }>, R extends string>(
  formData: FormData,
  schema: S,
  command: (actor: Actor, input: z.output<S>) => Promise<R>,
  notices: Record<R, string>,
): Promise<never> {
  const actor = await requireActor();
  const raw = formDataToObject(formData);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) backToList(raw.eventId, "denied");
  let result: R;
  try {
    result = await command(actor, parsed.data);
  } catch (error) {
    if (error instanceof AccessDenied) backToList(parsed.data.eventId, "denied");
    throw error;
  }
  backToList(parsed.data.eventId, notices[result], parsed.data.registrationId);
}

export async function acceptApplicationAction(formData: FormData): Promise<void> {
  await decide(formData, applicationDecisionSchema, acceptApplication, { accepted: "accepted", full: "full", not_open: "notOpen" });
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
