import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { managedEventIdOf } from "@/lib/event-admin/event-access";
import { formDataToObject } from "./form-state";

/**
 * A one-button command on a row of a list (a plain form, works without JavaScript): parse the post,
 * run the data layer's command for the actor, and go back to the list with a notice, anchored at
 * the person's row. A refusal, or a post that does not parse, reads as "not allowed or gone".
 * The caller's server action asks for the actor itself (tests/authz-coverage.test.ts checks that).
 */
export async function runRowCommand<S extends z.ZodType<{ eventId: number; registrationId: number }>, R extends string>(options: {
  actor: Actor;
  formData: FormData;
  schema: S;
  command: (actor: Actor, input: z.output<S>) => Promise<R>;
  notices: Record<R, string>;
  /** The list's path for an event id, and the prefix of a row's anchor id ("person-", "bewerbung-"). */
  listPath: (eventId: number) => string;
  anchor: string;
}): Promise<never> {
  function back(eventId: unknown, notice: string, registrationId?: number): never {
    const path = options.listPath(Number(eventId));
    revalidatePath(path);
    redirect(`${path}?hinweis=${notice}${registrationId ? `#${options.anchor}${registrationId}` : ""}`);
  }
  // Access to the event before anything else of the post is read.
  if ((await managedEventIdOf(options.actor, options.formData)) === null) back(options.formData.get("eventId"), "denied");
  const raw = formDataToObject(options.formData);
  const parsed = options.schema.safeParse(raw);
  if (!parsed.success) back(raw.eventId, "denied");
  let result: R;
  try {
    result = await options.command(options.actor, parsed.data);
  } catch (error) {
    if (error instanceof AccessDenied) back(parsed.data.eventId, "denied");
    throw error;
  }
  back(parsed.data.eventId, options.notices[result], parsed.data.registrationId);
}
