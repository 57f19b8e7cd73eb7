import type { Database } from "@/db/connect";
import * as t from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";

/** The one password of every demo account (listed in the README). Never used outside the demo. */
export const DEMO_PASSWORD = "Demo-Passwort-2026";

/** Demo sign-ins: the city's office and two partner organisations (one trusted, one reviewed). */
export const demoAccounts = [
  { email: "kim.koch@mainz.example.org", name: "Kim Koch", role: "coordinator", organisation: "fluechtlingskoordination" },
  { email: "anna.adler@vhs-am-rhein.example.org", name: "Anna Adler", role: "org_admin", organisation: "volkshochschule-am-rhein" },
  { email: "omar.okafor@vhs-am-rhein.example.org", name: "Omar Okafor", role: "organiser", organisation: "volkshochschule-am-rhein" },
  { email: "bea.berger@wohlfahrt-rheinhessen.example.org", name: "Bea Berger", role: "org_admin", organisation: "wohlfahrtsverband-rheinhessen" },
] as const;

/** Creates the demo accounts. Refuses in production, where nobody must sign in with a published password. */
export async function seedDemoAccounts(db: Database, organisations: Map<string, number>) {
  if (process.env.NODE_ENV === "production") {
    throw new Error("Demo-Konten werden in der Produktion nicht angelegt (NODE_ENV=production).");
  }
  // Hashed exactly like real passwords: lighter settings would make signing in to a demo account
  // measurably faster than a check of an unknown address (lib/auth/password.ts).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.insert(t.accounts).values(
    demoAccounts.map((a) => ({ email: a.email, name: a.name, role: a.role, organisationId: organisations.get(a.organisation)!, passwordHash })),
  );
}
