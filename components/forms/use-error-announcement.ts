"use client";

import { useEffect, type RefObject } from "react";
import { useTexts } from "@/lib/i18n/texts-context";

/**
 * With JavaScript, after a send the browser refused: focus moves to the error summary (so a screen
 * reader reads every problem, as after a server answer), and while problems are shown the page
 * title starts with "Fehler: " (WCAG 3.3.1; the title is the first thing announced in a tab list).
 * Needs "common.forms" (useTexts; the public layout gives it).
 */
export function useErrorAnnouncement(formRef: RefObject<HTMLFormElement | null>, errorCount: number, submitCount: number) {
  const PREFIX = useTexts("common.forms")("errorTitlePrefix");
  useEffect(() => {
    if (submitCount > 0 && errorCount > 0) formRef.current?.querySelector<HTMLElement>("[data-error-summary]")?.focus();
    // Only a new send moves focus: re-checks while the person types must not steal it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount]);
  const hasErrors = errorCount > 0;
  useEffect(() => {
    const prefixed = document.title.startsWith(PREFIX);
    if (hasErrors && !prefixed) document.title = `${PREFIX}${document.title}`;
    if (!hasErrors && prefixed) document.title = document.title.slice(PREFIX.length);
  }, [hasErrors, PREFIX]);
}
