"use client";

import { useState, useSyncExternalStore } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTexts } from "@/lib/i18n/texts-context";
import type { InitiativeChoice, InitiativeOption } from "@/lib/registrations/initiative-choice";
import { ChoiceGroup, TextField } from "./fields";

type Props = {
  initiatives: InitiativeOption[];
  register: (name: string) => UseFormRegisterReturn;
  error: (name: string) => string | undefined;
  text: (name: string) => string;
};

const LIST_ID = "initiativen-liste";
const noop = () => () => {};

/**
 * The initiative question of the public forms (registration, supervision application): "keine"
 * first, then "in einer Initiative" with a name field searchable through a native <datalist>
 * (no JavaScript needed), then "nicht in der Liste" with a free name. With JavaScript only the
 * name field of the chosen answer shows; without, both show, each hint saying when to fill it.
 * The server maps the answer (lib/registrations/initiative-choice.ts). Texts: "registration".
 */
export function InitiativeQuestion({ initiatives, register, error, text }: Props) {
  const t = useTexts("registration.fields");
  const [choice, setChoice] = useState(text("initiativeChoice"));
  // False in the server's HTML (so it works without JavaScript), true once the page is hydrated.
  const scripted = useSyncExternalStore(noop, () => true, () => false);
  const shows = (own: InitiativeChoice) => !scripted || choice === own;
  const options: { value: InitiativeChoice; label: string }[] = [
    { value: "keine", label: t("initiativeChoiceNone") },
    { value: "liste", label: t("initiativeChoiceList") },
    { value: "andere", label: t("initiativeChoiceOther") },
  ];
  return (
    <>
      <ChoiceGroup
        name="initiativeChoice"
        label={t("initiative")}
        error={error("initiativeChoice")}
        type="radio"
        options={options}
        isChecked={(v) => text("initiativeChoice") === v}
        inputProps={() => {
          const { name: _name, onChange, ...rest } = register("initiativeChoice");
          void _name;
          return {
            ...rest,
            onChange: (event) => {
              setChoice(event.target.value);
              return onChange(event);
            },
          };
        }}
      />
      <div hidden={!shows("liste")} className="sm:pl-9">
        <TextField
          label={t("initiativeName")}
          hint={scripted ? t("initiativeNameHint") : t("initiativeNameHintNoScript")}
          error={error("initiativeName")}
          list={LIST_ID}
          autoComplete="off"
          defaultValue={text("initiativeName")}
          {...register("initiativeName")}
        />
        <datalist id={LIST_ID}>
          {initiatives.map((i) => (
            <option key={i.id} value={i.name} />
          ))}
        </datalist>
      </div>
      <div hidden={!shows("andere")} className="sm:pl-9">
        <TextField label={t("initiativeOtherLabel")} hint={scripted ? undefined : t("initiativeOtherHint")} error={error("initiativeOther")} defaultValue={text("initiativeOther")} {...register("initiativeOther")} />
      </div>
    </>
  );
}
