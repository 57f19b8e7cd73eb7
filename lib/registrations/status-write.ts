import "server-only";
import { and, eq } from "drizzle-orm";
import { registrations, type Registration } from "@/db/schema";
import type { Tx } from "@/lib/db/write-transaction";
import { assertTransition, type RegistrationStatus } from "./rules";

type StatusChange = Partial<Pick<Registration, "promotedAt" | "cancelledAt" | "checkedInAt" | "updatedAt">>;

/**
 * The one way to change a stored registration's status: checked against the allowed transitions
 * (rules.ts), and written only if the row still has the status the caller read (in the caller's
 * transaction).
 */
export async function changeRegistrationStatus(tx: Tx, registration: { id: number; status: RegistrationStatus }, to: RegistrationStatus, fields: StatusChange = {}): Promise<void> {
  assertTransition(registration.status, to);
  await tx
    .update(registrations)
    .set({ ...fields, status: to })
    .where(and(eq(registrations.id, registration.id), eq(registrations.status, registration.status)));
}
