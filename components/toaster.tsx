"use client";

import { Toaster as Sonner } from "sonner";

/** Short, accessible notices (sonner announces them through a polite live region). */
export function Toaster() {
  return <Sonner theme="system" position="bottom-center" closeButton={false} duration={3000} />;
}
