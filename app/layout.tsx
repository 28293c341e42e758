import type { ReactNode } from "react";

// Each language's layout (app/[locale]/layout.tsx) renders the document; this
// one only exists so that app/not-found.tsx can answer paths outside them
// (next-intl's documented setup).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
