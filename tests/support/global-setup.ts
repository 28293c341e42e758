import type { TestProject } from "vitest/node";

import { startPgCluster } from "../../scripts/lib/pg-cluster.ts";

// One real, throwaway PostgreSQL cluster for the whole integration run.
// Set KINDLY_TEST_PG_URL to use an existing server instead.
export default async function setup(project: TestProject) {
  const external = process.env.KINDLY_TEST_PG_URL;
  if (external) {
    project.provide("pgAdminUrl", external);
    return;
  }
  const cluster = await startPgCluster();
  project.provide("pgAdminUrl", cluster.url());
  return () => cluster.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
