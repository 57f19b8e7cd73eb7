import { z } from "zod";
import { registrationStatuses } from "@/db/schema";

/** The list's GET form (search and status): anything odd is ignored rather than refused. */
export const participantFilterSchema = z.object({
  q: z.preprocess((v) => (typeof v === "string" ? v.trim().slice(0, 100) : ""), z.string()).catch(""),
  status: z.enum(registrationStatuses).optional().catch(undefined),
});
export type ParticipantFilter = z.output<typeof participantFilterSchema>;

/** Whether a person matches a search text: any word of it in the name or the e-mail address. */
export function matchesSearch(person: { firstName: string; lastName: string; email: string | null }, q: string): boolean {
  const needle = q.trim().toLocaleLowerCase("de");
  if (!needle) return true;
  const hay = `${person.firstName} ${person.lastName} ${person.email ?? ""}`.toLocaleLowerCase("de");
  return needle.split(/\s+/).every((word) => hay.includes(word));
}
