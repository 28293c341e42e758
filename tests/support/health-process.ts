// The health route in a process of its own, for a check that must run as another user (root writes to any
// file, whatever its mode), started by tests/integration/health.test.ts with
//   node --conditions=react-server --import tsx tests/support/health-process.ts
// and DATABASE_URL in its environment. Prints the answer's status and body as one JSON line.

import { GET } from "../../app/api/health/route.ts";

const response = await GET();
process.stdout.write(`${JSON.stringify({ status: response.status, body: await response.json() })}\n`);
process.exit(0);
