import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/intern";
import { allMails, mailsTo } from "./support/mailbox";
import type { SunkMail } from "./support/smtp-sink";
import { createPastTestEvent } from "./support/test-db";

/**
 * From attendance to proof and feedback: the organiser marks attendance of a two-day course on a
 * phone and closes it; the people who came often enough get a mail with their certificate; the PDF
 * holds their name, the title and the hours; its code verifies; the feedback form works without
 * JavaScript; the organiser sees the results once three people answered.
 */

const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
const person = (firstName: string, lastName: string) => ({ firstName, lastName, email: `${firstName.toLowerCase()}.${stamp}@example.org`, name: `${firstName} ${lastName}` });
const people = [person("Lena", "Schäfer"), person("Tarek", "Haddad"), person("Olga", "Kowalenko"), person("Paul", "Seltenda")];

function pdfText(bytes: Buffer): { text: string; pages: number } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "bescheinigung-")), "b.pdf");
  writeFileSync(file, bytes);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  return { text, pages };
}

const linkIn = (mail: SunkMail, suffix: string) => {
  const match = mail.text.match(new RegExp(`https?://\\S+/anmeldung/[A-Za-z0-9_-]{43}/${suffix}`));
  if (!match) throw new Error(`no ${suffix} link in "${mail.subject}"`);
  return new URL(match[0]).pathname;
};

async function mark(page: Page, name: string, status: "anwesend" | "nicht anwesend") {
  await page.getByRole("button", { name: `${name}: ${status}` }).click();
  await expect(page.getByRole("button", { name: `${name}: ${status}` })).toHaveAttribute("aria-pressed", "true");
}

async function giveFeedback(page: Page, link: string, overall: string, comment: string) {
  await page.goto(link);
  await page.getByRole("group", { name: /Wie gut war die Veranstaltung/ }).getByLabel(overall).check();
  await page.getByRole("group", { name: /Das Gelernte hilft mir/ }).getByLabel("4 – ziemlich").check();
  await page.getByRole("group", { name: /weiterempfehlen/ }).getByLabel("Ja").check();
  await page.getByLabel(/Möchten Sie uns noch etwas sagen/).fill(comment);
  await page.getByRole("button", { name: "Rückmeldung senden" }).click();
  await expect(page.getByRole("heading", { name: "Vielen Dank für Ihre Rückmeldung" })).toBeVisible();
}

test("attendance on a phone, closing it, the certificate, its verification and anonymous feedback", async ({ browser }) => {
  const event = await createPastTestEvent(people);
  const [lena, tarek, olga, paul] = people;
  const organiserContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const organiser = await organiserContext.newPage();
  const base = `/intern/veranstaltungen/${event.id}`;

  await test.step("the organiser marks both days on a phone and closes attendance", async () => {
    await signIn(organiser, "omar.okafor@vhs-am-rhein.example.org");
    await organiser.goto(`${base}/anwesenheit?termin=${event.sessionIds[0]}`);
    await expect(organiser.getByRole("heading", { level: 1, name: "Anwesenheit" })).toBeVisible();
    await expectNoAxeViolations(organiser);
    for (const p of [lena, tarek, olga]) await mark(organiser, p.name, "anwesend");
    await mark(organiser, paul.name, "nicht anwesend");
    await organiser.goto(`${base}/anwesenheit?termin=${event.sessionIds[1]}`);
    for (const p of [lena, tarek, olga, paul]) await mark(organiser, p.name, "anwesend");
    // Paul came to one of two days: under the 75 % the course asks for.
    await expect(organiser.getByText("Nach dem jetzigen Stand bekommen 3 von 4 Personen eine Bescheinigung.")).toBeVisible();
    await organiser.getByRole("button", { name: "Anwesenheit abschließen" }).click();
    await expect(organiser.getByText("Die Anwesenheit ist abgeschlossen. Wer eine Bescheinigung bekommt")).toBeVisible();
    await expect(organiser.getByRole("heading", { name: "Anwesenheit abgeschlossen" })).toBeVisible();
    // Closed attendance is read only: no buttons left to tap.
    await expect(organiser.getByRole("button", { name: `${lena.name}: nicht anwesend` })).toHaveCount(0);
    await expectNoAxeViolations(organiser);
  });

  const mails = new Map<string, SunkMail>();
  await test.step("the three who came often enough get one mail each; Paul gets none", async () => {
    for (const p of [lena, tarek, olga]) {
      const [mail] = await mailsTo(p.email, (m) => m.subject === `Ihre Teilnahmebescheinigung: ${event.title}`);
      mails.set(p.email, mail);
    }
    expect(mails.get(lena.email)!.text).toContain("4 Zeitstunden");
    expect((await allMails()).filter((m) => m.to.includes(paul.email))).toEqual([]);
  });

  let code = "";
  await test.step("the PDF from the mail holds name, title and hours, and its code verifies", async () => {
    const mail = mails.get(lena.email)!;
    code = /Prüfcode: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){6})/.exec(mail.text)![1];
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    const response = await visitor.request.get(linkIn(mail, "bescheinigung\\.pdf"));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const { text, pages } = pdfText(await response.body());
    expect(pages).toBe(1);
    expect(text).toContain("Lena Schäfer");
    expect(text).toContain(event.title);
    expect(text).toContain("4 Zeitstunden");
    expect(text).toContain(code);

    await visitor.goto(`/bescheinigung/${code}`);
    await expect(visitor.getByRole("heading", { level: 1, name: "Diese Teilnahmebescheinigung ist echt" })).toBeVisible();
    await expect(visitor.getByText("Lena Schäfer")).toBeVisible();
    await expect(visitor.getByText(event.title)).toBeVisible();
    await expectNoAxeViolations(visitor);
    // Typed from paper, in lower case and without dashes, it finds the same certificate.
    await visitor.goto("/bescheinigung");
    await expectNoAxeViolations(visitor);
    await visitor.getByLabel("Prüfcode").fill(code.replace(/-/g, " ").toLowerCase());
    await visitor.getByRole("button", { name: "Prüfen" }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: "Diese Teilnahmebescheinigung ist echt" })).toBeVisible();
    const unknown = await visitor.goto(`/bescheinigung/${"ABCD-".repeat(6)}ABCD`);
    expect(unknown?.status()).toBe(404);
    await expect(visitor.getByRole("heading", { level: 1, name: "Bescheinigung nicht gefunden oder nicht mehr gültig" })).toBeVisible();
    await expectNoAxeViolations(visitor);
    await visitorContext.close();
  });

  await test.step("the organiser downloads all certificates as one PDF, one page per person", async () => {
    const response = await organiser.request.get(`${base}/bescheinigungen.pdf`);
    expect(response.status()).toBe(200);
    const { text, pages } = pdfText(await response.body());
    expect(pages).toBe(3);
    for (const p of [lena, tarek, olga]) expect(text).toContain(p.name);
    expect(text).not.toContain(paul.name);
  });

  await test.step("feedback without JavaScript; results appear from the third answer on", async () => {
    // axe runs in the page, so it looks at the form with JavaScript on; the answers go without.
    await organiser.goto(linkIn(mails.get(lena.email)!, "rueckmeldung"));
    await expect(organiser.getByRole("heading", { level: 1, name: "Ihre Rückmeldung" })).toBeVisible();
    await expectNoAxeViolations(organiser);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await giveFeedback(page, linkIn(mails.get(lena.email)!, "rueckmeldung"), "5 – sehr gut", "Sehr praxisnah.");
    await giveFeedback(page, linkIn(mails.get(tarek.email)!, "rueckmeldung"), "4 – gut", "Mehr Zeit für Fragen wäre gut.");
    // A second answer through the same link is refused.
    await page.goto(linkIn(mails.get(lena.email)!, "rueckmeldung"));
    await expect(page.getByRole("heading", { name: "Sie haben bereits eine Rückmeldung gegeben" })).toBeVisible();

    await organiser.goto(`${base}/rueckmeldungen`);
    await expect(organiser.getByText("Ergebnisse erscheinen ab 3 Rückmeldungen")).toBeVisible();
    await expect(organiser.getByText("Sehr praxisnah.")).toHaveCount(0);

    await giveFeedback(page, linkIn(mails.get(olga.email)!, "rueckmeldung"), "5 – sehr gut", "Danke!");
    await organiser.reload();
    await expect(organiser.getByText("Ergebnisse erscheinen ab 3 Rückmeldungen")).toHaveCount(0);
    await expect(organiser.getByText("Sehr praxisnah.")).toBeVisible();
    await expect(organiser.getByText("4,7 von 5")).toBeVisible();
    await expectNoAxeViolations(organiser);
    await noScript.close();
  });
  await organiserContext.close();
});
