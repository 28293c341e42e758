import { notFound } from "next/navigation";

// Every path under a language that no page answers: the translated not-found
// page of this language (app/[locale]/not-found.tsx), inside the site's layout.
export default function UnknownPage() {
  notFound();
}
