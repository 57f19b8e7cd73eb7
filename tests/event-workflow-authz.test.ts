import { beforeAll, describe, it } from "vitest";
import { authzContext, type AuthzContext } from "./authz/context";
import { probes } from "./authz/events-workflow.probes";

let c: AuthzContext;

beforeAll(async () => {
  c = await authzContext();
});

describe("event workflow: every action refuses another organisation's event", () => {
  for (const [key, probe] of Object.entries(probes)) it(key, () => probe(c));
});
