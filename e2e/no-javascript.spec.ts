import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("the calendar works without JavaScript: filter, search, month view, event page", async ({ page }) => {
  await page.goto("/veranstaltungen");
  await page.getByText("Veranstaltungen filtern").click();
  await page.getByLabel("Suche").fill("Asylrecht");
  await page.getByLabel("Nur mit freien Plätzen").check();
  await page.getByRole("button", { name: "Veranstaltungen anzeigen" }).click();
  await expect(page).toHaveURL(/q=Asylrecht/);
  await expect(page).toHaveURL(/frei=1/);
  const titles = page.locator("main li article h4");
  await expect(titles.first()).toBeVisible();
  await expect(page.getByLabel("Suche")).toHaveValue("Asylrecht");

  await page.getByRole("link", { name: "Monat", exact: true }).click();
  await expect(page.getByRole("table")).toBeVisible();

  await page.goto("/veranstaltungen?q=Asylrecht");
  await titles.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Asylrecht");
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
});
