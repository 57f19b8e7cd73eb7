import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";

/** What a benchmark prepares before the server starts: a fresh seeded database and a production build. */

/** Runs a command to completion with its output on the terminal; throws when it fails. */
function run(label: string, command: string, commandArgs: string[], env: NodeJS.ProcessEnv) {
  console.log(`\n> ${label}: ${command} ${commandArgs.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal}).`);
  console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export function assertRepositoryRoot(npmScript: string) {
  if (!existsSync("package.json") || !existsSync("scripts/seed.ts")) {
    throw new Error(`Run from the repository root (npm run ${npmScript}).`);
  }
}

/** The environment of seed, build and server: the bench database (never a remote one), no telemetry. */
export function benchEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_AUTH_TOKEN;
  return env;
}

/** Deletes the database file (and its -wal/-shm) and seeds it anew: migrations and the Mainz demo. */
export function freshDatabase(file: string, env: NodeJS.ProcessEnv, seedArgs: string[] = []) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  run("seed", "npx", ["tsx", "scripts/seed.ts", ...seedArgs], env);
}

/** `next build` unless .next/BUILD_ID exists; `force` builds anyway. */
export function buildIfNeeded(force: boolean, env: NodeJS.ProcessEnv) {
  if (force || !existsSync(".next/BUILD_ID")) {
    run("build", "npx", ["next", "build"], env);
  } else {
    console.log("\n> build: .next/BUILD_ID exists, using the existing production build (--build forces a new one).");
  }
}
