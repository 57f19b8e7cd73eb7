import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

/**
 * The server the end-to-end tests run against: a production build on a freshly seeded database
 * (data/e2e.db), so that every run starts from the same Mainz demo data. E2E_SKIP_BUILD=1 reuses the
 * last build when only tests changed.
 */
const port = process.env.E2E_PORT ?? "3100";
const env = { ...process.env, DATABASE_URL: "file:./data/e2e.db", NEXT_TELEMETRY_DISABLED: "1", PORT: port };

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

for (const suffix of ["", "-wal", "-shm"]) rmSync(`./data/e2e.db${suffix}`, { force: true });
run("npx", ["tsx", "scripts/seed.ts"]);
if (process.env.E2E_SKIP_BUILD !== "1") run("npx", ["next", "build"]);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
