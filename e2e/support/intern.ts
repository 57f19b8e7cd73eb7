import { expect, type Page } from "@playwright/test";

/** The password of every demo account (db/seed/accounts.ts). */
export const DEMO_PASSWORD = "Demo-Passwort-2026";

/** Fills the sign-in form on the current page and sends it. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/** Signs in through the sign-in page and waits for the signed-in area. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/intern/anmelden");
  await submitSignIn(page, email, password);
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
}
