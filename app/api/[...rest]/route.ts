import { jsonError } from "@/lib/http/json-body";

// Any API path no route answers gets a JSON 404 with the API's headers,
// not the HTML page of app/[locale]/[...rest] (which would take "api" for a language).
const notFound = () => jsonError("notFound", "There is no such API endpoint.");

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
