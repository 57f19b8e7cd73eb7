import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/**
 * The privacy page states the retention period of the running server's settings (RETENTION_MONTHS,
 * default 12; the server inherits this process's environment), lists what is stored and leads to
 * "Meine Daten"; accessible, and readable without JavaScript.
 */

const months = Number(process.env.RETENTION_MONTHS || 12);
const monthsText = `${months} ${months === 1 ? "Monat" : "Monate"} nach dem letzten Termin`;

test("the privacy page states the configured months, what is stored, and how to use Meine Daten", async ({ page }) => {
  await page.goto("/datenschutz");
  const main = page.locator("main");
  await expect(main.getByText(monthsText)).toHaveCount(2);
  for (const heading of ["Teilnahme, Bescheinigungen und Rückmeldungen", "Protokoll der Änderungen", "Wie lange wir Ihre Daten speichern", "Ihre Daten selbst ansehen, herunterladen und löschen"]) {
    await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(main).toContainText("Motivationstext");
  await expect(main).toContainText("90 Tage nach dem Versand");
  const link = main.getByRole("link", { name: "„Meine Daten“" }).first();
  await expect(link).toHaveAttribute("href", "/meine-daten");
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the privacy page reads the same", async ({ page }) => {
    await page.goto("/datenschutz");
    await expect(page.locator("main").getByText(monthsText)).toHaveCount(2);
  });
});
