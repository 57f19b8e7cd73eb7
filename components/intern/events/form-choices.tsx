"use client";

import { useTranslations } from "next-intl";
import { ChoiceGroup } from "@/components/forms/fields";
import { type EventFormApi } from "./event-form-api";

/** Radio buttons or checkboxes of the editor, registered with react-hook-form and filled from the values. */
export function FormChoices({ f, name, type, label, hint, optional, options }: { f: EventFormApi; name: string; type: "radio" | "checkbox"; label: string; hint?: string; optional?: boolean; options: { value: string; label: string }[] }) {
  const m = useTranslations("internEvents.form");
  return (
    <ChoiceGroup
      name={name}
      type={type}
      label={label}
      hint={hint}
      optionalLabel={optional ? m("optional") : undefined}
      error={f.error(name)}
      options={options}
      isChecked={(v) => f.has(name, v)}
      inputProps={() => f.form.register(name)}
    />
  );
}
