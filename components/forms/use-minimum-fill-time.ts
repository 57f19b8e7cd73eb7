"use client";

import { useEffect, useRef, useState } from "react";

/** A little more than the server's minimum, for the time the request takes to leave. */
const MARGIN_MS = 200;

/**
 * The public forms refuse a send sooner than the minimum fill time after the form was shown
 * (spam protection, lib/registrations/spam.ts). With JavaScript, a person (or a password manager)
 * that quick does not get the refusal: the form waits the rest of the time and sends by itself.
 * The time counts from when this browser showed the form, which is never earlier than the server's
 * timestamp, so clocks that differ between the two do not matter. Without JavaScript the server's
 * message stays.
 */
export function useMinimumFillTime(minFillMs: number) {
  const shownAt = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    shownAt.current = Date.now();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);
  const sendAfterMinimum = (send: () => void) => {
    const remaining = minFillMs + MARGIN_MS - (Date.now() - (shownAt.current ?? 0));
    if (minFillMs <= 0 || remaining <= 0) return send();
    if (timer.current) return;
    setWaiting(true);
    timer.current = setTimeout(() => {
      timer.current = null;
      setWaiting(false);
      send();
    }, remaining);
  };
  return { waiting, sendAfterMinimum };
}
