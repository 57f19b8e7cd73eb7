import { beforeAll, describe, expect, it } from "vitest";
import { authzContext, type AuthzContext } from "./authz/context";
import { probes } from "./authz/participants.probes";

let c: AuthzContext;

beforeAll(async () => {
  c = await authzContext();
});

describe("participants: another organisation's data is refused", () => {
  for (const [key, probe] of Object.entries(probes)) it(key, () => probe(c));

  it("pages: list, check-in, sign-in sheet and cancel confirmation refuse foreign ids", async () => {
    const { AccessDenied } = await import("@/lib/auth/access");
    const queries = await import("@/lib/participants/queries");
    const { signInSheet } = await import("@/lib/participants/sign-in-sheet");
    const { registrationForActor } = await import("@/lib/participants/registration-access");
    await expect(queries.listParticipants(c.vhsAdmin, c.foreign.eventId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(queries.listSeatHolders(c.vhsAdmin, c.foreign.eventId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(signInSheet(c.vhsAdmin, c.foreign.eventId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(registrationForActor(c.vhsAdmin, c.own.eventId, c.foreign.registrationId!)).rejects.toBeInstanceOf(AccessDenied);
    // The own organisation and the office do get in.
    expect((await queries.listParticipants(c.vhsAdmin, c.own.eventId)).event.id).toBe(c.own.eventId);
    expect((await queries.listParticipants(c.coordinator, c.foreign.eventId)).event.id).toBe(c.foreign.eventId);
  });
});
