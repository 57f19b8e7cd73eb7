import { z } from "zod";
import type { RegistrationErrorTexts } from "./error-texts";

/**
 * The initiative question as the public forms ask it (registration and supervision application):
 * three radio choices – "keine" first, "liste" (a name typed into a field with a <datalist> of the
 * active initiatives, which works without JavaScript) and "andere" (a name not in the list) – mapped
 * onto the one value the commands consume: "keine", "andere" or an initiative's id.
 *
 * A typed name that matches no active initiative (after trimming, collapsing spaces and ignoring
 * case) is taken as "andere" with that name, not refused: the person did what we asked – named
 * their initiative – and the office sees the name as typed. An error would make them guess the
 * list's exact spelling, which is the very problem the list search is meant to remove.
 */
export const INITIATIVE_CHOICES = ["keine", "liste", "andere"] as const;
export type InitiativeChoice = (typeof INITIATIVE_CHOICES)[number];
export type InitiativeOption = { id: number; name: string };

const NAME_MAX = 200;

const normalise = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("de-DE");

/** The id of the active initiative with this name (case and spacing ignored), or undefined. */
export function findInitiativeByName(name: string, initiatives: InitiativeOption[]): number | undefined {
  const wanted = normalise(name);
  if (!wanted) return undefined;
  return initiatives.find((i) => normalise(i.name) === wanted)?.id;
}

/** The form's fields; add them to a form's schema with `.extend(initiativeChoiceFields)`. */
export function initiativeChoiceFields(t: RegistrationErrorTexts) {
  return {
    initiativeChoice: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(INITIATIVE_CHOICES, { error: t("initiativeChoice") })),
    initiativeName: z.string().trim().max(NAME_MAX, t("tooLong", { max: NAME_MAX })).optional().default(""),
    initiativeOther: z.string().trim().max(NAME_MAX, t("tooLong", { max: NAME_MAX })).optional().default(""),
  };
}

type ChoiceValues = { initiativeChoice: InitiativeChoice; initiativeName: string; initiativeOther: string };

/** The name fields a choice needs, as zod issues (for `.superRefine`). */
export function checkInitiativeChoice(t: RegistrationErrorTexts) {
  return (value: ChoiceValues, ctx: z.RefinementCtx): void => {
    if (value.initiativeChoice === "liste" && !value.initiativeName) ctx.addIssue({ code: "custom", path: ["initiativeName"], message: t("initiativeName") });
    if (value.initiativeChoice === "andere" && !value.initiativeOther) ctx.addIssue({ code: "custom", path: ["initiativeOther"], message: t("initiativeOther") });
  };
}

/** The choice as the commands take it: { initiative: "keine" | "andere" | "<id>", initiativeOther }. */
export function resolveInitiativeChoice(value: ChoiceValues, initiatives: InitiativeOption[]): { initiative: string; initiativeOther: string } {
  if (value.initiativeChoice === "keine") return { initiative: "keine", initiativeOther: "" };
  if (value.initiativeChoice === "andere") return { initiative: "andere", initiativeOther: value.initiativeOther };
  const id = findInitiativeByName(value.initiativeName, initiatives);
  return id === undefined ? { initiative: "andere", initiativeOther: value.initiativeName.trim().replace(/\s+/g, " ") } : { initiative: String(id), initiativeOther: "" };
}

