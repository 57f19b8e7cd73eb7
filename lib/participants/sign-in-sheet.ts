import "server-only";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { getEventFactsById } from "@/lib/events/public-queries";
import { listSeatHolders } from "./queries";

/** What the printable sign-in sheet shows: the event's facts and the people with a seat, by name. */
export async function signInSheet(actor: Actor, eventId: number) {
  const list = await listSeatHolders(actor, eventId);
  const facts = await getEventFactsById(list.event.id);
  if (!facts) throw new AccessDenied();
  return { facts, participants: list.participants };
}
