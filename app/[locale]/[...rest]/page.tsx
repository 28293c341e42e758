import { notFound } from "next/navigation";

// Every path under a language that no page answers: the translated not-found
// page of this language (app/[locale]/not-found.tsx), inside the site's layout.
// Next.js answers 404 and, for a notFound() thrown while rendering, sends the
// page's content in its data rather than its HTML: the browser renders it on
// load (vercel/next.js#62228; docs/decisions/0008).
export default function UnknownPage() {
  notFound();
}
