import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/intern";

/**
 * The office's start page says when the retention job last ran and what it did (the server runs it
 * at start, so by now it has usually run once); partners do not see it.
 */
test.describe("retention on /intern", () => {
  test.describe.configure({ timeout: 120_000 });

  test("the office sees the last run of the retention job; a partner does not", async ({ page, browser }) => {
    await signIn(page, "kim.koch@mainz.example.org");
    await page.goto("/intern");
    const section = page.getByRole("region", { name: "Datenschutz: Aufbewahrung" });
    await expect(section).toBeVisible();
    await expect(section.getByText(/Zuletzt angewendet am .+ Uhr\.|noch nicht angewendet/)).toBeVisible();
    await expectNoAxeViolations(page);

    const partner = await (await browser.newContext()).newPage();
    await signIn(partner, "anna.adler@vhs-am-rhein.example.org");
    await partner.goto("/intern");
    await expect(partner.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
    await expect(partner.getByRole("heading", { name: "Datenschutz: Aufbewahrung" })).toHaveCount(0);
  });
});
