"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { retryFailedMails } from "@/lib/mail/retry-failed";

/** "Erneut versuchen" on the office's overview: failed mails go back into the outbox. */
export async function retryFailedMailsAction(): Promise<void> {
  const actor = await requireActor("/intern");
  const count = await retryFailedMails(actor);
  revalidatePath("/intern");
  redirect(`/intern?erneut=${count}#postausgang`);
}
