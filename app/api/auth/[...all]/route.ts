import { toNextJsHandler } from "better-auth/next-js";

import { auth } from "@/lib/auth/server";
import { withErrorHandling } from "@/lib/http/handle";

// better-auth checks the Origin of every state-changing request against SITE_URL.
export const GET = withErrorHandling((request: Request) => toNextJsHandler(auth()).GET(request));

export const POST = withErrorHandling((request: Request) => toNextJsHandler(auth()).POST(request));
