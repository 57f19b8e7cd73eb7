import { expect, test } from "@playwright/test";
import { mailsTo, manageLink } from "./support/mailbox";
import { fillRegistration, uniqueEmail } from "./support/registration-form";
import { createTestEvent, registrationCounts } from "./support/test-db";

test.use({ javaScriptEnabled: false });

test("the calendar works without JavaScript: filter, search, month view, event page", async ({ page }) => {
  await page.goto("/veranstaltungen");
  await page.getByText("Weitere Filter").click();
  await page.getByLabel("Suche").fill("Asylrecht");
  await page.getByLabel("Nur mit freien Plätzen").check();
  await page.getByRole("button", { name: "Veranstaltungen anzeigen" }).click();
  await expect(page).toHaveURL(/q=Asylrecht/);
  await expect(page).toHaveURL(/frei=1/);
  const titles = page.locator("main li article h4");
  await expect(titles.first()).toBeVisible();
  await expect(page.getByLabel("Suche")).toHaveValue("Asylrecht");

  // The month view opens on the current month, which may hold no match (the demo data is relative to
  // today): check the link works, then open the month of the first match, whatever today is.
  const firstStart = await page.locator("main li article time").first().getAttribute("datetime");
  const firstTitle = (await titles.first().innerText()).trim();
  await page.getByRole("link", { name: "Monat", exact: true }).click();
  await expect(page).toHaveURL(/ansicht=monat/);
  const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit" })
    .format(new Date(firstStart!))
    .slice(0, 7);
  await page.goto(`/veranstaltungen?q=Asylrecht&frei=1&ansicht=monat&monat=${month}`);
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("table")).toContainText(firstTitle);

  await page.goto("/veranstaltungen?q=Asylrecht");
  await titles.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Asylrecht");
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
});

test("register, then change and cancel through the manage link, all without JavaScript", async ({ page }) => {
  const event = await createTestEvent({ capacity: 5 });
  const email = uniqueEmail("ohnejs");
  await page.goto(`/veranstaltungen/${event.slug}`);
  // Without JavaScript both name fields show, each saying when to fill it; the typed name is matched.
  await expect(page.getByLabel("Name Ihrer Initiative")).toBeVisible();
  await expect(page.getByText("Nur ausfüllen, wenn Sie oben „Meine Initiative steht nicht in der Liste“ gewählt haben.")).toBeVisible();
  await fillRegistration(page, { firstName: "Jonas", lastName: "Ohnejs", email, initiative: "willkommenskreis ALTSTADT", consent: true });
  // The form checks the time it was filled in: a robot is faster than a second.
  await page.waitForTimeout(1100);
  await page.getByRole("button", { name: "Platz reservieren" }).click();
  await expect(page).toHaveURL(/\/anmeldung\/eingegangen$/);
  const [confirmation] = await mailsTo(email, (m) => m.subject === `Anmeldung bestätigt: ${event.title}`);
  // The manage page's forms post from a page that sends no referrer to other sites; the post must
  // still carry this site's origin, or the cross-origin guard refuses it.
  await page.goto(manageLink(confirmation));
  await expect(page.getByText("Willkommenskreis Altstadt")).toBeVisible();
  await page.getByRole("link", { name: "Anmeldung absagen" }).click();
  await page.getByRole("button", { name: "Ja, Anmeldung absagen" }).click();
  await expect(page.getByText("Sie haben sich abgemeldet", { exact: false }).first()).toBeVisible();
  expect(await registrationCounts(event.id)).toEqual({ cancelled: 1 });
});
