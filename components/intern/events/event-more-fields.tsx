"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { moreFilled, moreSummary } from "@/lib/event-admin/editor-section-summaries";
import { type EventFormApi } from "./event-form-api";
import { FormChoices } from "./form-choices";
import { FormSection } from "./form-section";

const names = ["trainer", "targetGroup", "topicIds", "languages"];

/** Trainer, target group, topics, languages: all optional, so folded unless filled in or wrong. */
export function EventMoreFields({ f }: { f: EventFormApi }) {
  const m = useTranslations("internEvents.form");
  const t = useTranslations("internEvents.form.fields");
  const reg = (name: string) => f.form.register(name);
  return (
    <FormSection id="weiteres" title={m("sections.more")} summary={moreSummary(f.live, m)} open={moreFilled(f.start) || f.hasError(...names)}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField label={t("trainer")} optionalLabel={m("optional")} error={f.error("trainer")} defaultValue={f.text("trainer")} {...reg("trainer")} />
        <TextField label={t("targetGroup")} optionalLabel={m("optional")} hint={t("targetGroupHint")} error={f.error("targetGroup")} defaultValue={f.text("targetGroup")} {...reg("targetGroup")} />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <FormChoices f={f} name="topicIds" type="checkbox" label={t("topics")} optional options={f.options.topics.map((o) => ({ value: String(o.id), label: o.name }))} />
        <FormChoices f={f} name="languages" type="checkbox" label={t("languages")} optional options={f.options.languages.map((o) => ({ value: o.code, label: o.name }))} />
      </div>
    </FormSection>
  );
}
