"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { flushSync } from "react-dom";

/** A client module that arrives when a person starts on the part of the page it belongs to. */
export type FocusLoader<T> = { loaded: () => T | null; start: (then: (value: T) => void) => void };

/**
 * `onServer`: the module itself on the server (so the page's HTML holds the whole part), null in
 * the browser; `load`: its import(). One loader per kind of island, at module level: once here, the
 * module serves every later page of the visit at once. A failed import (the network dropped) is
 * tried again on the next focus.
 */
export function focusLoader<T>(onServer: T | null, load: () => Promise<T>): FocusLoader<T> {
  let value = onServer;
  let loading = false;
  return {
    loaded: () => value,
    start: (then) => {
      if (value) return then(value);
      if (loading) return;
      loading = true;
      load().then(
        (module) => then((value = module)),
        () => (loading = false),
      );
    },
  };
}

const noSubscription = () => () => {};

/**
 * Hydrates its part of the server's HTML only when a person first focuses something in it (or
 * presses on it): until then the page does not load the part's code (docs/benchmarks.md, "Page
 * weight") and the HTML stays as the server sent it, working as without JavaScript (a form posts
 * to its server action). How: while the page hydrates, the part renders as an empty
 * dangerouslySetInnerHTML, which React leaves alone, keeping the server's HTML; a native listener
 * (React's own events do not reach it yet) starts the import, and once the code is here React
 * renders the part afresh in its place, with what was typed, ticked and focused carried over
 * (input-snapshot.ts). Rendered in the browser (a client navigation to the page) there is no HTML
 * to keep: the import starts at once.
 * (Not Suspense: React moves a large finished boundary late in a page into a hidden block that
 * only a script reveals, which would hide the form from a browser without JavaScript.)
 */
export function HydrateOnFocus<T>({ loader, render }: { loader: FocusLoader<T>; render: (loaded: T) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // True only while hydrating the server's HTML (React then reads the server snapshot).
  const hydrating = useSyncExternalStore(noSubscription, () => false, () => true);
  const [module, setModule] = useState<T | null>(() => (typeof window === "undefined" || !hydrating ? loader.loaded() : null));

  useEffect(() => {
    if (module) return;
    const box = ref.current;
    // The snapshot code comes with the part's (it is only needed then); taking the snapshot and
    // rendering happen in one task, so no keystroke falls between them.
    const take = (value: T) =>
      void import("./input-snapshot").then(({ snapshotInputs, restoreInputs }) => {
        const snapshot = box ? snapshotInputs(box) : null;
        flushSync(() => setModule(() => value));
        if (snapshot && ref.current) restoreInputs(ref.current, snapshot);
      });
    if (!box?.firstChild) return loader.start(take);
    const start = () => loader.start(take);
    box.addEventListener("focusin", start);
    box.addEventListener("pointerdown", start);
    return () => {
      box.removeEventListener("focusin", start);
      box.removeEventListener("pointerdown", start);
    };
  }, [module, loader]);

  if (module) return <div ref={ref} key="live">{render(module)}</div>;
  // Keeps the server's HTML while hydrating; empty while the code loads after a client navigation.
  return <div ref={ref} key="dormant" dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />;
}
