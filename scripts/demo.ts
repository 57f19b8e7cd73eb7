import { spawnSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { randomBytes } from "node:crypto";

/**
 * npm run demo: a fresh demo database under data/, migrated and seeded, then a production build
 * served at http://localhost:$PORT. Uses data/demo.db so that it never touches data/app.db.
 */
const env = {
  ...process.env,
  DATABASE_URL: process.env.DEMO_DATABASE_URL ?? "file:./data/demo.db",
  NEXT_TELEMETRY_DISABLED: "1",
  // The demo has no SMTP server: mails stay readable at /dev/postfach.
  DEV_MAILBOX: process.env.DEV_MAILBOX ?? "1",
  APP_SECRET: process.env.APP_SECRET ?? randomBytes(32).toString("base64url"),
};
const port = process.env.PORT ?? "3000";

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

for (const suffix of ["", "-wal", "-shm"]) rmSync(`./data/demo.db${suffix}`, { force: true });
run("npm", ["run", "db:seed"]);
run("npm", ["run", "build"]);
console.log(`\nDemo läuft gleich unter http://localhost:${port}, Postfach: http://localhost:${port}/dev/postfach (Beenden mit Strg+C).\n`);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
server.on("exit", (code) => process.exit(code ?? 0));
