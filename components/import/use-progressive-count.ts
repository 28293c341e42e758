"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * How many of `total` items to render now: `first` at once, then `step` more
 * after each frame, as a transition, until all are there. A list of 1,666
 * imported requests is on screen in the first frame and never blocks the
 * main thread for long; a short list renders whole at once.
 */
export function useProgressiveCount(total: number, first = 60, step = 150): number {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => {
      // After the frame is painted: the next batch renders in a transition, which React interrupts for input.
      setTimeout(() => startTransition(() => setShown((current) => current + step)), 0);
    });
    return () => cancelAnimationFrame(frame);
  }, [shown, total, step]);
  return Math.min(shown, total);
}
