import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": path.resolve(root, ".") } },
  test: {
    include: ["tests/**/*.test.ts"],
    // Tests that seed a real database file need more than the default under a loaded CI machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    environment: "node",
    // Vitest's default on 2 cores is one worker (cores - 1); the tests wait on disk (fsync) and
    // child processes as much as on the CPU, so two workers finish the suite much sooner.
    maxWorkers: 2,
    // server-only throws outside React Server Components; unit tests call the data layer directly.
    alias: { "server-only": path.resolve(root, "tests/support/server-only-stub.ts") },
  },
});
