import "server-only";
import type { Event } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";

/**
 * Called by the event editor inside the transaction that saved a change to an existing event, with
 * the row before and after (sessions included). It tells participants about changes of time or
 * place (new .ics with a higher SEQUENCE) and promotes from the waiting list when the capacity grew.
 *
 * PLACEHOLDER: the workflow part of the signed-in area implements this.
 */
export type EventSnapshot = Event & { sessions: { startsAt: Date; endsAt: Date }[] };

export async function afterEventSaved(tx: Tx, actor: Actor, before: EventSnapshot, after: EventSnapshot, now = new Date()): Promise<void> {
  void [tx, actor, before, after, now];
}
