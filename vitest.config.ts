import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname, ".") } },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // server-only throws outside React Server Components; unit tests call the data layer directly.
    alias: { "server-only": path.resolve(__dirname, "tests/support/server-only-stub.ts") },
  },
});
