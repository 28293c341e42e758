import { defineConfig } from "prisma/config";

import { databaseProvider, parseEnv } from "./lib/env.ts";

// For the stock Prisma CLI (e.g. `prisma migrate deploy` where the native
// engine is available): DATABASE_URL picks the schema and migrations folder.
// On these machines use `npm run db:deploy`, which drives the same migrations.
const { DATABASE_URL } = parseEnv(process.env);
const postgres = databaseProvider(DATABASE_URL) === "postgresql";

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url: DATABASE_URL },
});
