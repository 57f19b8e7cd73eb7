import { beforeAll, describe, it } from "vitest";
import { authzContext, type AuthzContext } from "./authz/context";
import { probes } from "./authz/supervision-attendance.probes";

let c: AuthzContext;

beforeAll(async () => {
  c = await authzContext();
});

describe("attendance of supervision groups: another organisation's group is refused", () => {
  for (const [key, probe] of Object.entries(probes)) it(key, () => probe(c));
});
