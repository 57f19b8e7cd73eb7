import { expect, test } from "@playwright/test";
import ICAL from "ical.js";

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

test("the iCal feed parses, carries only public events, and honours filters", async ({ request }) => {
  const all = await request.get("/kalender.ics");
  expect(all.status()).toBe(200);
  expect(all.headers()["content-type"]).toContain("text/calendar");
  const { calendar, events } = parseCalendar(await all.text());
  expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
  expect(events.length).toBeGreaterThan(30);
  expect(events.some((e) => /Entwurf|In Prüfung|Verein aufgelöst/.test(e.summary))).toBe(false);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  expect(events.some((e) => e.component.getFirstPropertyValue("status") === "CANCELLED")).toBe(true);

  const supervision = parseCalendar(await (await request.get("/kalender.ics?format=gruppensupervision")).text());
  expect(supervision.events.length).toBeGreaterThan(0);
  expect(supervision.events.length).toBeLessThan(events.length);
  expect(supervision.events.every((e) => e.summary.includes("Gruppensupervision"))).toBe(true);
});

test("an event's .ics holds each session at the right instant", async ({ request }) => {
  const api = await request.get("/api/v1/events?format=gruppensupervision");
  const { data } = (await api.json()) as { data: { slug: string }[] };
  const detail = await (await request.get(`/api/v1/events/${data[0].slug}`)).json();
  const ics = await request.get(`/veranstaltungen/${data[0].slug}/kalender.ics`);
  expect(ics.headers()["content-disposition"]).toContain("attachment");
  const { events } = parseCalendar(await ics.text());
  expect(events.length).toBe(detail.data.sessions.length);
  expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(
    detail.data.sessions.map((s: { startsAt: string }) => new Date(s.startsAt).toISOString()),
  );
});

test("event pages carry schema.org Event JSON-LD", async ({ page }) => {
  await page.goto("/veranstaltungen?online=1");
  await page.locator("main li article h4 a").first().click();
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(json["@context"]).toBe("https://schema.org");
  expect(json["@type"]).toBe("Event");
  expect(json.name).toBe(await page.getByRole("heading", { level: 1 }).textContent());
  expect(json.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  expect(json.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled)$/);
  expect(json.eventAttendanceMode).toMatch(/(Online|Mixed)EventAttendanceMode$/);
  expect(JSON.stringify(json.location)).toContain("VirtualLocation");
  expect(json.organizer["@type"]).toBe("Organization");
  expect(json.offers.price).toBe(0);
  expect(json.offers.availability).toMatch(/^https:\/\/schema\.org\/(InStock|LimitedAvailability|SoldOut)$/);
});

test("the JSON API pages, filters and answers errors as problem+json", async ({ request }) => {
  const list = await request.get("/api/v1/events?proSeite=5");
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body.data).toHaveLength(5);
  expect(body.total).toBeGreaterThan(5);
  expect(body.links.next).toContain("seite=2");
  expect(body.data[0].startsAt).toMatch(/[+-]\d{2}:\d{2}$/);

  const search = await (await request.get("/api/v1/events?q=Entwurf")).json();
  expect(search.total).toBe(0);

  const bad = await request.get("/api/v1/events?von=2026-13-45&frei=ja");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toContain("application/problem+json");
  const problem = await bad.json();
  expect(problem.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(["frei", "von"]);

  const missing = await request.get("/api/v1/events/gibt-es-nicht");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/problem+json");

  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(openapi.openapi).toMatch(/^3\.1/);
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/events", "/events/{slug}"]));
});
