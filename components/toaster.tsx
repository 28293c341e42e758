"use client";

import { Toaster as Sonner } from "sonner";

/** Short, accessible notices (sonner announces them through a polite live region). */
export function Toaster({ position = "bottom-center" }: { position?: "bottom-center" | "top-center" }) {
  return <Sonner theme="system" position={position} closeButton={false} duration={3000} />;
}
