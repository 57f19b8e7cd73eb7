import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { expectNoAxeViolations } from "./support/axe";
import { mailsTo, manageLink } from "./support/mailbox";
import { fillRegistration, uniqueEmail } from "./support/registration-form";
import { createTestEvent, registrationCounts } from "./support/test-db";

test.describe("registration", () => {
  test("register, read the mail, open the manage link, cancel", async ({ page }) => {
    const event = await createTestEvent({ capacity: 5 });
    const email = uniqueEmail("anna");
    await page.goto(`/veranstaltungen/${event.slug}`);
    await expect(page.getByText("Noch 5 Plätze frei.")).toBeVisible();
    await expectNoAxeViolations(page);
    await fillRegistration(page, { firstName: "Anna", lastName: "Beispiel", email, initiative: "keine", consent: true });
    await page.getByRole("button", { name: "Platz reservieren" }).click();
    // The same page whether the address was new or already registered: the mail tells which.
    await expect(page).toHaveURL(/\/anmeldung\/eingegangen$/);
    await expect(page.getByText("Darin steht, ob Sie einen Platz haben")).toBeVisible();
    await expectNoAxeViolations(page);

    const [mail] = await mailsTo(email, (m) => m.subject === `Anmeldung bestätigt: ${event.title}`);
    expect(mail.text).toContain(event.title);
    expect(mail.html).toContain(event.title);
    const ics = mail.attachments.find((a) => a.filename.endsWith(".ics"));
    expect(ics, "confirmation carries an .ics").toBeTruthy();
    const vevent = new ICAL.Component(ICAL.parse(ics!.content)).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("summary")).toBe(event.title);

    await page.goto(manageLink(mail));
    await expect(page.getByText("Sie haben einen Platz.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Telefonnummer").fill("abc");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.locator("form p", { hasText: "Die Telefonnummer darf nur Ziffern" })).toBeVisible();
    await page.getByLabel("Telefonnummer").fill("06131 123456");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.getByText("Ihre Änderungen sind gespeichert.")).toBeVisible();
    await page.reload();
    await expect(page.locator("dd", { hasText: "06131 123456" })).toBeVisible();
    await page.getByRole("link", { name: "Anmeldung absagen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wirklich absagen?" })).toBeVisible();
    await page.getByRole("button", { name: "Ja, Anmeldung absagen" }).click();
    await expect(page.getByText("Sie haben sich abgemeldet. Wir haben Ihnen eine Bestätigung geschickt.")).toBeVisible();
    await mailsTo(email, (m) => m.subject === `Abmeldung bestätigt: ${event.title}`);
    expect(await registrationCounts(event.id)).toEqual({ cancelled: 1 });
  });

  test("a full event puts the next person on the waiting list and promotes them when a seat frees up", async ({ page }) => {
    const event = await createTestEvent({ capacity: 1 });
    const first = uniqueEmail("ben");
    const second = uniqueEmail("clara");
    await page.goto(`/veranstaltungen/${event.slug}`);
    await fillRegistration(page, { firstName: "Ben", lastName: "Muster", email: first, initiative: "keine", consent: true });
    await page.getByRole("button", { name: "Platz reservieren" }).click();
    // The same answer for everybody (it must not tell who is registered already); the mail tells more.
    await expect(page).toHaveURL(/\/anmeldung\/eingegangen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Vielen Dank für Ihre Anmeldung" })).toBeVisible();

    await page.goto(`/veranstaltungen/${event.slug}`);
    await expect(page.getByText(/Alle Plätze sind vergeben/)).toBeVisible();
    await fillRegistration(page, { firstName: "Clara", lastName: "Probst", email: second, initiative: "keine", consent: true });
    await page.getByRole("button", { name: "Auf die Warteliste setzen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vielen Dank für Ihre Anmeldung" })).toBeVisible();
    const [waitlisted] = await mailsTo(second, (m) => m.subject === `Warteliste: ${event.title}`);
    await page.goto(manageLink(waitlisted));
    await expect(page.getByText("Sie stehen auf der Warteliste, auf Platz 1.").first()).toBeVisible();

    const [confirmation] = await mailsTo(first, (m) => m.subject === `Anmeldung bestätigt: ${event.title}`);
    await page.goto(`${manageLink(confirmation)}/absagen`);
    await page.getByRole("button", { name: "Ja, Anmeldung absagen" }).click();
    const [promotion] = await mailsTo(second, (m) => m.subject === `Ein Platz ist frei: ${event.title}`);
    expect(promotion.attachments.some((a) => a.filename.endsWith(".ics"))).toBe(true);
    expect(promotion.text).toContain(event.title);
    expect(await registrationCounts(event.id)).toEqual({ cancelled: 1, confirmed: 1 });
    await page.goto(manageLink(promotion));
    await expect(page.getByText("Sie haben einen Platz.")).toBeVisible();
  });

  test("every field error is shown next to its field and nothing typed is lost; the initiative is chosen, then typed from the list", async ({ page }) => {
    const event = await createTestEvent({ capacity: 5 });
    await page.goto(`/veranstaltungen/${event.slug}`);
    const title = await page.title();
    await fillRegistration(page, { firstName: "Dora", email: "keine-adresse" });
    await page.getByRole("button", { name: "Platz reservieren" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" });
    await expect(summary).toBeVisible();
    for (const text of ["Bitte geben Sie Ihren Nachnamen ein.", "Bitte geben Sie eine gültige E-Mail-Adresse ein", "ob Sie in einer Initiative aktiv sind", "Bitte stimmen Sie der Speicherung"]) {
      await expect(page.locator("form p", { hasText: text })).toBeVisible();
    }
    await expect(page.getByLabel("Vorname")).toHaveValue("Dora");
    await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue("keine-adresse");
    // With JavaScript the summary takes the focus, and the title says there is a problem.
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(`Fehler: ${title}`);
    await expectNoAxeViolations(page);
    // The summary links to the field.
    await summary.getByRole("link", { name: /Initiative/ }).click();
    await expect(page).toHaveURL(/#feld-initiativeChoice$/);

    // "keine" comes first; the name fields show only for the answer that needs them.
    const form = page.locator("#anmeldung form");
    await expect(form.getByRole("radio").first()).toHaveAccessibleName("Ich bin (noch) in keiner Initiative");
    await expect(form.getByLabel("Welche Initiative?")).toBeHidden();
    await expect(form.getByLabel("Name Ihrer Initiative")).toBeHidden();
    await form.getByLabel("Ich engagiere mich in einer Initiative").check();
    const listField = form.getByLabel("Welche Initiative?");
    await expect(listField).toBeVisible();
    expect(await form.locator(`datalist#${await listField.getAttribute("list")} option`).count()).toBeGreaterThan(30);
    await expect(form.getByLabel("Name Ihrer Initiative")).toBeHidden();
    await listField.fill("Willkommenskreis Altstadt");
    await form.getByLabel("Nachname").fill("Winter");
    await form.getByLabel("E-Mail-Adresse").fill(uniqueEmail("dora"));
    await form.getByLabel(/Ich bin einverstanden/).check();
    await expect(page).toHaveTitle(title);
    // Sent at once after the page was shown: with JavaScript the form waits the minimum time itself.
    await page.getByRole("button", { name: "Platz reservieren" }).click();
    await expect(page).toHaveURL(/\/anmeldung\/eingegangen$/);
  });

  test("the same address gets no second seat; its link is sent again", async ({ page }) => {
    const event = await createTestEvent({ capacity: 5 });
    const email = uniqueEmail("elif");
    for (let attempt = 0; attempt < 2; attempt++) {
      await page.goto(`/veranstaltungen/${event.slug}`);
      await fillRegistration(page, { firstName: "Elif", lastName: "Sommer", email: attempt ? email.toUpperCase() : email, initiative: "keine", consent: true });
      await page.getByRole("button", { name: "Platz reservieren" }).click();
      // The same page as for a new registration: only the mail to the address says it was known.
      // (Waiting for it also keeps the next attempt's page load from cancelling this one's post.)
      await expect(page).toHaveURL(/\/anmeldung\/eingegangen$/);
    }
    const mails = await mailsTo(email.toLowerCase(), () => true, 2);
    expect(mails.map((m) => m.subject).sort()).toEqual([`Anmeldung bestätigt: ${event.title}`, `Sie sind schon angemeldet: ${event.title}`]);
    expect(await registrationCounts(event.id)).toEqual({ confirmed: 1 });
  });

  test("a closed registration shows no form", async ({ page }) => {
    const event = await createTestEvent({ capacity: 5, registrationClosed: true });
    await page.goto(`/veranstaltungen/${event.slug}`);
    await expect(page.locator("#anmeldung").getByText(/Anmeldung geschlossen/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Platz reservieren" })).toHaveCount(0);
    const api = await page.request.post(`/api/v1/events/${event.slug}/registrations`, {
      data: { firstName: "Fritz", lastName: "Keller", email: uniqueEmail("fritz"), initiative: "keine", consent: true },
    });
    expect(api.status()).toBe(409);
  });

  test("a wrong manage link gets a calm page", async ({ page }) => {
    await page.goto("/anmeldung/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ");
    await expect(page.getByRole("heading", { level: 1, name: "Dieser Link funktioniert nicht" })).toBeVisible();
    await page.goto("/anmeldung/kaputt");
    await expect(page.getByRole("heading", { level: 1, name: "Dieser Link funktioniert nicht" })).toBeVisible();
  });
});

test.describe("registration without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same registration works with JavaScript off, errors included", async ({ page }) => {
    const event = await createTestEvent({ capacity: 5 });
    const email = uniqueEmail("gert");
    await page.goto(`/veranstaltungen/${event.slug}`);
    await fillRegistration(page, { firstName: "Gert", email });
    await page.getByRole("button", { name: "Platz reservieren" }).click();
    await expect(page.getByText("Bitte prüfen Sie Ihre Angaben")).toBeVisible();
    await expect(page.locator("form p", { hasText: "Bitte geben Sie Ihren Nachnamen ein." })).toBeVisible();
    await expect(page.getByLabel("Vorname")).toHaveValue("Gert");
    await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(email);
    await fillRegistration(page, { lastName: "Winter", initiative: "keine", consent: true });
    await page.getByRole("button", { name: "Platz reservieren" }).click();
    await expect(page.getByText("Darin steht, ob Sie einen Platz haben")).toBeVisible();
    await mailsTo(email, (m) => m.subject.includes(event.title));
  });
});

test("200 simultaneous registrations through two server processes never overbook 20 seats", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const event = await createTestEvent({ capacity: 20 });
  const ports = [new URL(baseURL!).port, String(Number(new URL(baseURL!).port) + 1)];
  const responses = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      request.post(`http://localhost:${ports[i % 2]}/api/v1/events/${event.slug}/registrations`, {
        data: { firstName: "Last", lastName: "Test", email: `last-${i}-${event.id}@example.org`, initiative: "keine", consent: true },
        timeout: 90_000,
      }),
    ),
  );
  // The answer says only "accepted" (it must not tell a known address from a new one): the
  // outcome is in the database and in each person's mail.
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s !== 202)).toEqual([]);
  expect(await registrationCounts(event.id)).toEqual({ confirmed: 20, waitlisted: 180 });
});
