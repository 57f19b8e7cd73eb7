import { expect, test } from "@playwright/test";
import { signIn } from "./support/intern";

/**
 * The legal pages' template notes ("Hinweis für die Stadt: …") are for the people who set the site
 * up. The e2e server runs the production build: the public reads the legal text alone, a signed-in
 * coordinator sees the notes (rule: lib/legal/template-notes.ts).
 */

const legalPages = ["/impressum", "/datenschutz", "/barrierefreiheit"];

test("the public reads the legal pages without the template notes", async ({ page }) => {
  for (const path of legalPages) {
    await page.goto(path);
    await expect(page.locator("main h1")).toBeVisible();
    await expect(page.locator("main")).not.toContainText("Hinweis für die Stadt");
    await expect(page.locator(".adapt-note")).toHaveCount(0);
  }
});

test("a signed-in coordinator sees the template notes", async ({ page }) => {
  await signIn(page, "kim.koch@mainz.example.org");
  await page.goto("/impressum");
  await expect(page.locator(".adapt-note").first()).toContainText("Hinweis für die Stadt");
});
