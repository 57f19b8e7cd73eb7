import { expect, test } from "@playwright/test";
import { signIn } from "./support/intern";
import { createTestAccount, createTestEvent } from "./support/test-db";

/**
 * A partner that publishes only after review (the Volkshochschule) changes the title of its
 * published event: the calendar keeps the published version, the office sees old → new in its
 * review queue and takes the change over, and only then does the calendar show the new title.
 */
test("a substantive change of a published event waits for the office's review", async ({ browser }) => {
  test.setTimeout(180_000);
  const event = await createTestEvent({ capacity: 10, organisation: "volkshochschule-am-rhein" });
  const newTitle = `${event.title} (neu)`;
  const organiser = await createTestAccount({ organisation: "volkshochschule-am-rhein", role: "organiser" });

  const partner = await (await browser.newContext()).newPage();
  await signIn(partner, organiser.email, organiser.password);
  await partner.goto(`/intern/veranstaltungen/${event.id}/bearbeiten`);
  await partner.getByLabel("Titel", { exact: true }).fill(newTitle);
  await partner.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(partner.getByRole("status")).toContainText("warten auf die Prüfung");

  // The calendar still shows the published version.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/veranstaltungen/${event.slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(event.title);

  // The office sees what changed, old → new, and takes it over.
  const office = await (await browser.newContext()).newPage();
  await signIn(office, "kim.koch@mainz.example.org");
  await office.goto("/intern/pruefung");
  const change = office.locator("section").filter({ has: office.getByRole("heading", { level: 3, name: event.title, exact: true }) });
  await expect(change).toContainText(event.title);
  await expect(change).toContainText(newTitle);
  await change.getByRole("link").first().click();
  await office.getByRole("button", { name: "Änderung übernehmen" }).click();
  await expect(office.getByText("Die Änderung ist übernommen und veröffentlicht.")).toBeVisible();

  await visitor.goto(`/veranstaltungen/${event.slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(newTitle);
});
