import type { AccountRole } from "@/db/schema";

/**
 * Whether the legal pages show their template notes ("Hinweis für die Stadt: …", the passages a
 * city must adapt before going live). They are for the people who set the site up: shown while
 * developing and to a signed-in coordinator of the city's office; the public reads the text alone.
 * Pure, so that the rule is tested without a server (tests/template-notes.test.ts).
 */
export function templateNotesVisible({ nodeEnv, role }: { nodeEnv: string | undefined; role: AccountRole | null | undefined }): boolean {
  return nodeEnv !== "production" || role === "coordinator";
}
