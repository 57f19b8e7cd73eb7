"use client";

import { useTexts } from "@/lib/i18n/texts-context";
import { fieldId } from "./field-id";

/**
 * The error under a field, announced with "Fehler: " / "Error: " before it. A client component, so
 * that the fields in server and client components alike take the word from useTexts.
 */
export function FieldError({ name, error }: { name: string; error: string }) {
  const prefix = useTexts("common.forms")("errorTitlePrefix");
  return (
    <p id={`${fieldId(name)}-fehler`} className="mb-1 font-semibold text-accent">
      <span className="sr-only">{prefix}</span>
      {error}
    </p>
  );
}
