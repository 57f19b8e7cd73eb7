import { beforeAll, describe, it } from "vitest";
import { authzContext, type AuthzContext } from "./authz/context";
import { probes } from "./authz/events-form.probes";

let c: AuthzContext;

beforeAll(async () => {
  c = await authzContext();
});

describe("event editor: foreign ids are refused", () => {
  for (const [key, probe] of Object.entries(probes)) it(key, () => probe(c));
});
