import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { authzContext, type AuthzContext } from "./authz/context";
import { entryPoints } from "./authz/entry-points";

/**
 * The enumerating authorisation test. It lists every server action (any file starting with
 * "use server") and every route handler of /intern and /api from the source, and fails when one
 * has no probe in
 * tests/authz/*.probes.ts. Each probe tries what its entry point does, as a partner organisation
 * with another organisation's ids, and must be refused. Actions must also ask for the signed-in
 * actor before they do anything.
 */
type Probe = (c: AuthzContext) => Promise<void>;

const probeFiles = readdirSync(path.join(__dirname, "authz")).filter((f) => f.endsWith(".probes.ts"));
const probes: Record<string, Probe> = {};
let c: AuthzContext;

// Actions that serve people who are not signed in yet.
const PUBLIC_ACTIONS = new Set(["app/intern/anmelden/actions.ts#signInAction", "app/intern/anmelden/actions.ts#requestResetAction", "app/intern/anmelden/actions.ts#setPasswordAction", "app/intern/anmelden/actions.ts#signOutAction"]);

beforeAll(async () => {
  c = await authzContext();
  for (const file of probeFiles) Object.assign(probes, ((await import(`./authz/${file}`)) as { probes: Record<string, Probe> }).probes);
});

describe("every entry point of /intern and /api is covered", () => {
  const { points, problems } = entryPoints();

  it("finds nothing the probes could not cover (inline actions, default exports, export *)", () => {
    expect(problems).toEqual([]);
  });

  it("finds the entry points", () => {
    expect(points.some((p) => p.kind === "action")).toBe(true);
    expect(points.some((p) => p.kind === "route")).toBe(true);
  });

  it("has a probe for each", () => {
    const missing = points.map((p) => p.key).filter((key) => !probes[key]);
    expect(missing, "entry points without an authorisation probe").toEqual([]);
  });

  it("has no probe for an entry point that no longer exists", () => {
    const keys = new Set(points.map((p) => p.key));
    expect(Object.keys(probes).filter((key) => !keys.has(key))).toEqual([]);
  });

  it("asks for the signed-in actor in every action of /intern", () => {
    const unchecked = points.filter((p) => p.kind === "action" && p.file.startsWith("app/intern/") && !PUBLIC_ACTIONS.has(p.key) && !/requireActor\(/.test(p.body)).map((p) => p.key);
    expect(unchecked).toEqual([]);
  });

  it("refuses each probe's attempt", async () => {
    const failures: string[] = [];
    for (const point of points) {
      const probe = probes[point.key];
      if (!probe) continue;
      try {
        await probe(c);
      } catch (error) {
        failures.push(`${point.key}: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
