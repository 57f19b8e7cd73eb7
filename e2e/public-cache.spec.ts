import { expect, test, type APIRequestContext } from "@playwright/test";
import { cancelTestRegistration, createTestEvent, updateTestEvent } from "./support/test-db";

/**
 * The public pages, the feed and the API are served from a per-process cache that is valid while
 * the database's public data version stays the same (lib/cache/public-data-cache.ts). This test
 * warms the caches of both server processes, changes the data in one of them or from outside, and
 * expects every cached view of both processes to show the change on the very next request.
 */

type Views = { api: string; list: string; englishList: string; page: string; eventIcs: string; feed: string };

async function views(request: APIRequestContext, base: string, slug: string, search: string): Promise<Views> {
  const get = async (path: string) => {
    const response = await request.get(`${base}${path}`);
    expect(response.status(), path).toBe(200);
    return response.text();
  };
  return {
    api: await get(`/api/v1/events/${slug}`),
    list: await get(`/veranstaltungen?q=${encodeURIComponent(search)}`),
    englishList: await get(`/en/veranstaltungen?q=${encodeURIComponent(search)}`),
    page: await get(`/veranstaltungen/${slug}`),
    eventIcs: await get(`/veranstaltungen/${slug}/kalender.ics`),
    feed: await get("/kalender.ics"),
  };
}

test("a registration, a cancellation, an edit and a publish show on the next request in both server processes", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const word = `Cachetest${Date.now().toString(36)}`;
  const event = await createTestEvent({ capacity: 3, title: `${word} Grundkurs` });
  const [a, b] = [baseURL!, `http://localhost:${Number(new URL(baseURL!).port) + 1}`];
  const seatsLeft = (v: Views) => (JSON.parse(v.api) as { data: { seatsLeft: number } }).data.seatsLeft;

  // Warm both caches.
  for (const base of [a, b]) {
    const v = await views(request, base, event.slug, word);
    expect(seatsLeft(v)).toBe(3);
    expect(v.list).toContain(`${word} Grundkurs`);
    expect(v.feed).toContain(`${word} Grundkurs`);
  }

  // A registration through process A: seen by A (which wrote) and by B.
  const email = `cache-${word}@example.org`.toLowerCase();
  const registered = await request.post(`${a}/api/v1/events/${event.slug}/registrations`, {
    data: { firstName: "Cache", lastName: "Test", email, initiative: "keine", consent: true },
  });
  expect(registered.status()).toBe(202);
  for (const base of [a, b]) {
    const v = await views(request, base, event.slug, word);
    expect(seatsLeft(v), base).toBe(2);
    expect(v.page, base).toContain("2 von 3 frei");
  }

  // A cancellation written by another process (this test's own connection).
  await cancelTestRegistration(event.id, email);
  for (const base of [a, b]) expect(seatsLeft(await views(request, base, event.slug, word)), base).toBe(3);

  // An edit of the title.
  await updateTestEvent(event.id, { title: `${word} Aufbaukurs` });
  for (const base of [a, b]) {
    const v = await views(request, base, event.slug, word);
    for (const text of [v.api, v.list, v.englishList, v.page, v.eventIcs, v.feed]) expect(text, base).toContain(`${word} Aufbaukurs`);
    expect(v.list, base).not.toContain(`${word} Grundkurs`);
  }

  // Taken off the calendar and published again.
  await updateTestEvent(event.id, { status: "draft" });
  for (const base of [a, b]) {
    expect((await request.get(`${base}/api/v1/events/${event.slug}`)).status(), base).toBe(404);
    expect(await (await request.get(`${base}/veranstaltungen?q=${word}`)).text(), base).not.toContain(`${word} Aufbaukurs`);
  }
  await updateTestEvent(event.id, { status: "published" });
  for (const base of [a, b]) {
    const v = await views(request, base, event.slug, word);
    expect(v.list, base).toContain(`${word} Aufbaukurs`);
    expect(v.feed, base).toContain(`${word} Aufbaukurs`);
  }
});

test("answers from the rendered-page cache carry their own nonce and form token, and clients cannot ask for placeholders", async ({ request, baseURL }) => {
  const event = await createTestEvent({ capacity: 5, title: `Noncetest${Date.now().toString(36)}` });
  const path = `/veranstaltungen/${event.slug}`;
  const answer = async (headers: Record<string, string> = {}) => {
    const response = await request.get(`${baseURL}${path}`, { headers });
    expect(response.status()).toBe(200);
    const html = await response.text();
    const csp = response.headers()["content-security-policy"] ?? "";
    return {
      cache: response.headers()["x-page-cache"],
      cspNonce: /'nonce-([^']+)'/.exec(csp)?.[1],
      nonces: new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1])),
      token: /name="formStartedAt" value="([^"]+)"/.exec(html)?.[1],
    };
  };
  const first = await answer();
  // A kept answer lives for one 30-second slot and one version of the public data: when a slot ends
  // or another test changes an event between two requests, the next one is rendered afresh. So the
  // next hit may take a request or two more; it comes, whatever the clock says.
  let second = await answer();
  for (let tries = 0; second.cache !== "hit" && tries < 3; tries++) second = await answer();
  for (const a of [first, second]) {
    expect(a.nonces).toEqual(new Set([a.cspNonce]));
    expect(a.token).toMatch(/^\d+\.[\w-]{22}$/);
  }
  expect(second.cache).toBe("hit");
  expect(second.cspNonce).not.toBe(first.cspNonce);
  expect(second.token).not.toBe(first.token);

  // The client router's request for the React payload of the page is not answered with cached HTML
  // (else every link click would become a full page load).
  const payload = await request.get(`${baseURL}${path}`, { headers: { rsc: "1", "sec-fetch-dest": "empty", "sec-fetch-mode": "cors", "sec-fetch-site": "same-origin" } });
  expect(payload.headers()["content-type"]).toContain("text/x-component");

  // A client that pretends to be the cache's own render gets an ordinary page.
  const forged = await answer({ "x-page-cache-render": "0123456789abcdef0123456789abcdef", "x-page-cache-secret": "0123456789abcdef0123456789abcdef" });
  expect(forged.token).toMatch(/^\d+\.[\w-]{22}$/);
  expect(forged.nonces).toEqual(new Set([forged.cspNonce]));
});
