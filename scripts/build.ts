import { buildApp } from "./lib/build.ts";

// `npm run build`: the production build, with compile hints on the client chunks.
process.exit(buildApp());
