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
    // server-only throws outside React Server Components; unit tests call the data layer directly.
    alias: { "server-only": path.resolve(root, "tests/support/server-only-stub.ts") },
  },
});
