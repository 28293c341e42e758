// @ts-check
import { build } from "./lib/generate.mjs";

// `npm run build`: generate the Prisma clients, `next build`, and record which sources the build was made from.
process.exit(build());
