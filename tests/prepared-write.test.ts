import { beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@libsql/client";
import { freshDemoDatabase } from "./support/test-db";

// The registration's write path (lib/db/prepared-write.ts): synchronous while this process has the
// lock to itself, waiting off the event loop when another process holds it, all or nothing.

let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let preparedWrite: typeof import("@/lib/db/prepared-write").preparedWrite;

beforeAll(async () => {
  ctx = await freshDemoDatabase(new Date());
  ({ preparedWrite } = await import("@/lib/db/prepared-write"));
});

const insertKey = (key: string) => ({ sql: "insert into mail_dedupe_keys (key, created_at) values (?, ?)", args: [key, 0] });
const keysLike = async (prefix: string) =>
  (await ctx.client.execute({ sql: "select key from mail_dedupe_keys where key like ? order by key", args: [`${prefix}%`] })).rows.map((r) => r.key);

describe("preparedWrite", () => {
  it("waits for another process's lock without stopping the event loop, then writes", async () => {
    const other = createClient({ url: ctx.url });
    const held = await other.transaction("write");
    await held.execute(insertKey("wait:other"));
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const write = preparedWrite([insertKey("wait:mine"), { sql: "select count(*) as n from mail_dedupe_keys where key like 'wait:%'", args: [] }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ticksWhileHeld = ticks;
    await held.commit();
    const [, counted] = await write;
    clearInterval(ticker);
    other.close();
    // The event loop ran on while the write waited (a blocked loop would not have ticked at all).
    expect(ticksWhileHeld).toBeGreaterThanOrEqual(10);
    // It ran after the other transaction: it saw that row and its own.
    expect(counted.row?.n).toBe(2);
    expect(await keysLike("wait:")).toEqual(["wait:mine", "wait:other"]);
  });

  it("rolls back every statement when one fails, and the next write goes through", async () => {
    await expect(preparedWrite([insertKey("all:first"), insertKey("all:first")])).rejects.toThrow(/UNIQUE/);
    expect(await keysLike("all:")).toEqual([]);
    await preparedWrite([insertKey("all:second")]);
    expect(await keysLike("all:")).toEqual(["all:second"]);
  });
});
