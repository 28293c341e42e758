import path from "node:path";

import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // `server-only` throws outside React Server Components; tests call the data layer directly.
  "server-only": path.join(root, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
          // next-intl's middleware imports "next/server" without an extension, which Node's ESM loader
          // cannot resolve; bundled by Vite it can (tests/unit/language-registry.test.ts runs it).
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share one PostgreSQL cluster but each uses its own database.
          fileParallelism: true,
        },
      },
    ],
  },
});
