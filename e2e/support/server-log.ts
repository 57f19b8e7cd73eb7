import { readFileSync } from "node:fs";

/** Where scripts/e2e-server.ts keeps the output of the end-to-end servers (JSON log lines and all). */
export const E2E_SERVER_LOG = "./data/e2e-server.log";

/**
 * Whether a line of server output is worth showing in the test run's output: everything but the
 * routine JSON lines (level info or debug: one per request). All lines go to the file anyway.
 */
export function worthShowing(line: string): boolean {
  if (!line.startsWith("{")) return line.trim() !== "";
  try {
    const level = (JSON.parse(line) as { level?: unknown }).level;
    return level !== "info" && level !== "debug";
  } catch {
    return true;
  }
}

/** The log as it is now. */
export function readServerLog(): string {
  return readFileSync(E2E_SERVER_LOG, "utf8");
}
