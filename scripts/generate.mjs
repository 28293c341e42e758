// @ts-check
import { generateClients } from "./lib/generate.mjs";

// Runs after `npm install`. A production install (`npm ci --omit=dev`) has no
// Prisma CLI and needs none: the built app already holds the generated clients.
if (!generateClients()) console.log("Prisma CLI not installed (production install): the clients come with the build.");
