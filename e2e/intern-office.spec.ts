import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { mailsTo } from "./support/mailbox";
import { uniqueEmail } from "./support/registration-form";

const PASSWORD = "Demo-Passwort-2026";

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/intern/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/intern$/);
}

/** A second, separate browser: the invited person, while the office stays signed in. */
async function secondBrowser(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test.describe("the coordination office", () => {
  // Journeys with several sign-ins, a mail round trip and axe runs; on a loaded 2-core machine they
  // take close to the default minute.
  test.describe.configure({ timeout: 150_000 });

  test("invites a person, who sets a password and signs in; deactivated, the person is signed out", async ({ page, browser }) => {
    const email = uniqueEmail("nina.neu");
    await signIn(page, "kim.koch@mainz.example.org");
    await page.goto("/intern/konten");
    await expect(page.getByRole("heading", { level: 1, name: "Konten" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Person einladen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Person einladen" })).toBeVisible();
    await page.getByRole("button", { name: "Einladung senden" }).click();
    await expect(page.getByText("Bitte geben Sie den Namen an.").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Name").fill("Nina Neu");
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Rolle").selectOption({ label: "Veranstalter/in" });
    await page.getByLabel("Organisation").selectOption({ label: "Volkshochschule am Rhein" });
    await page.getByRole("button", { name: "Einladung senden" }).click();
    await expect(page.getByText(`Die Einladung an ${email} ist unterwegs.`)).toBeVisible();

    const [mail] = await mailsTo(email);
    const link = mail.text.match(/https?:\/\/[^\s]+(\/intern\/passwort-setzen\/[A-Za-z0-9_-]{43})/);
    expect(link, "the invitation carries the link to set a password").toBeTruthy();

    const nina = await secondBrowser(browser);
    await nina.goto(link![1]);
    await expect(nina.getByRole("heading", { level: 1 })).toContainText("Passwort");
    await nina.getByLabel("Neues Passwort").fill("ein langer Satz als Passwort");
    await nina.getByLabel("Passwort wiederholen").fill("ein langer Satz als Passwort");
    await nina.getByRole("button", { name: "Passwort speichern" }).click();
    await expect(nina).toHaveURL(/\/intern\/anmelden/);
    await signIn(nina, email, "ein langer Satz als Passwort");
    await expect(nina.getByText("Guten Tag, Nina Neu.")).toBeVisible();

    await page.goto("/intern/konten");
    const row = page.getByRole("row", { name: /Nina Neu/ });
    await expect(row.getByRole("cell", { name: "aktiv", exact: true })).toBeVisible();
    await row.getByRole("link", { name: "Nina Neu verwalten" }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Konto deaktivieren" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Konto von Nina Neu deaktivieren?" })).toBeVisible();
    await page.getByRole("button", { name: "Ja, Konto deaktivieren" }).click();
    await expect(page.getByText("Das Konto ist deaktiviert.")).toBeVisible();

    await nina.goto("/intern");
    await expect(nina).toHaveURL(/\/intern\/anmelden/);
    await nina.context().close();
  });

  test("edits an organisation, and the audit log shows the change", async ({ page }) => {
    const name = `Testträger ${Date.now()}`;
    await signIn(page, "kim.koch@mainz.example.org");
    await page.goto("/intern/organisationen");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Organisation anlegen" }).click();
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel(/^Telefon/).fill("06131 111111");
    await page.getByRole("button", { name: "Organisation anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Organisation bearbeiten" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel(/^E-Mail-Adresse/).fill("kein-at");
    await page.getByLabel(/^Telefon/).fill("06131 999999");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.locator("form p", { hasText: "Bitte geben Sie eine gültige E-Mail-Adresse an" })).toBeVisible();
    await expect(page.getByLabel(/^Telefon/)).toHaveValue("06131 999999");
    await page.getByLabel(/^E-Mail-Adresse/).fill("");
    await page.getByLabel("Darf ohne Prüfung veröffentlichen").check();
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.getByText("Die Änderungen sind gespeichert.")).toBeVisible();

    await page.goto(`/intern/protokoll?q=${encodeURIComponent(name)}`);
    const entry = page.getByRole("article").filter({ has: page.getByRole("heading", { name: `Organisation geändert: ${name}` }) });
    await expect(entry).toBeVisible();
    await expect(entry.getByRole("row", { name: /Telefon/ })).toContainText("06131 111111");
    await expect(entry.getByRole("row", { name: /Telefon/ })).toContainText("06131 999999");
    await expect(entry.getByRole("row", { name: /Darf ohne Prüfung/ })).toContainText("nein");
    await expect(page.getByRole("article").filter({ has: page.getByRole("heading", { name: `Organisation angelegt: ${name}` }) })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Einträge" })).toHaveText("2 Einträge");
    await expectNoAxeViolations(page);
    // The whole log reads as German: no heading shows an action code such as "event.published".
    await page.goto("/intern/protokoll");
    const headings = await page.getByRole("article").getByRole("heading").allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => /^[a-z_]+\.[a-z_.]+/.test(h))).toEqual([]);
  });

  test("keeps the lists: adds and deactivates a topic", async ({ page }) => {
    const topic = `Testthema ${Date.now()}`;
    await signIn(page, "kim.koch@mainz.example.org");
    await page.goto("/intern/listen");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Themen" }).click();
    await page.getByRole("link", { name: "Eintrag hinzufügen" }).click();
    await page.getByLabel("Name").fill(topic);
    await page.getByRole("button", { name: "Eintrag hinzufügen" }).click();
    await expect(page.getByText("Der Eintrag ist hinzugefügt.")).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(topic) });
    await expect(row.getByRole("cell", { name: "aktiv", exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await row.getByRole("button", { name: `${topic} deaktivieren` }).click();
    await expect(row.getByRole("cell", { name: "deaktiviert", exact: true })).toBeVisible();
  });

  test("an org_admin manages only the own organisation's accounts; a plain organiser none", async ({ page, browser }) => {
    await signIn(page, "anna.adler@vhs-am-rhein.example.org");
    await page.goto("/intern/konten");
    await expect(page.getByRole("row", { name: /Omar Okafor/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Bea Berger/ })).toHaveCount(0);
    await expect(page.getByLabel("Organisation")).toHaveCount(0);
    for (const path of ["/intern/organisationen", "/intern/listen"]) expect((await page.goto(path))?.status(), path).toBe(404);

    const omar = await secondBrowser(browser);
    await signIn(omar, "omar.okafor@vhs-am-rhein.example.org");
    for (const path of ["/intern/konten", "/intern/konten/einladen", "/intern/organisationen", "/intern/listen"]) expect((await omar.goto(path))?.status(), path).toBe(404);
    await omar.goto("/intern/protokoll");
    await expect(omar.getByRole("heading", { level: 1, name: "Protokoll" })).toBeVisible();
    await expect(omar.getByText("Wer hat was wann an den Daten Ihrer Organisation geändert.", { exact: false })).toBeVisible();
    await omar.context().close();
  });

  test("without JavaScript: creates, deactivates and reactivates an organisation, errors next to the fields", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const name = `Ohne-JS-Träger ${Date.now()}`;
    await signIn(page, "kim.koch@mainz.example.org");
    await page.goto("/intern/organisationen/neu");
    await page.getByLabel(/^Website/).fill("keine adresse");
    await page.getByRole("button", { name: "Organisation anlegen" }).click();
    await expect(page.getByRole("link", { name: "Name: Bitte geben Sie den Namen an." })).toBeVisible();
    await expect(page.locator("form p", { hasText: "Bitte geben Sie eine Web-Adresse" })).toBeVisible();
    await expect(page.getByLabel(/^Website/)).toHaveValue("keine adresse");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel(/^Website/).fill("www.ohne-js.example.org");
    await page.getByRole("button", { name: "Organisation anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Organisation bearbeiten" })).toBeVisible();
    await expect(page.getByLabel(/^Website/)).toHaveValue("https://www.ohne-js.example.org");

    await page.getByRole("link", { name: "Organisation deaktivieren" }).click();
    // (axe needs JavaScript in the page; the confirmation step is checked for its content here.)
    await expect(page.getByRole("heading", { level: 1, name: `${name} deaktivieren?` })).toBeVisible();
    await page.getByRole("button", { name: "Ja, Organisation deaktivieren" }).click();
    await expect(page.getByText("Die Organisation ist deaktiviert.")).toBeVisible();
    await page.getByRole("button", { name: "Organisation wieder aktivieren" }).click();
    await expect(page.getByText("Die Organisation ist wieder aktiv.")).toBeVisible();
    await context.close();
  });
});
