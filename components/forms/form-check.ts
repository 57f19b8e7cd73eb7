import { createFormControl, type FieldValues, type Resolver } from "react-hook-form";
import { flattenFormErrors } from "@/lib/forms/form-state";

export type CheckState = { errors: Record<string, string>; submitCount: number };

export type FormCheck = {
  /** Checks the form; calls `send` when nothing is wrong. */
  submit: (event: React.FormEvent<HTMLFormElement>, send: () => void) => void;
  /** After a server answer: the typed values back into react-hook-form, its errors cleared. */
  reset: (values: Record<string, unknown>) => void;
  detach: () => void;
};

/**
 * react-hook-form without its hook, for a form that was already on screen (and possibly typed
 * into) when this module arrived: createFormControl() with the form's resolver, every named field
 * of the <form> registered with its DOM element as ref, and the form's input, change and focusout
 * events passed to react-hook-form as React's onChange/onBlur would. `onState` gets the errors
 * (flattened, "answers.q12") and the number of sends after each change. Loaded with import() by
 * useLazyFormCheck, so a page with a form sends neither react-hook-form nor zod with its first load.
 * `skip` names fields that are not the person's input (spam protection's hidden fields).
 */
export function attachFormCheck(form: HTMLFormElement, resolver: Resolver<FieldValues>, onState: (state: CheckState) => void, skip: string[] = []): FormCheck {
  const control = createFormControl<FieldValues>({ resolver, mode: "onSubmit", reValidateMode: "onChange", shouldFocusError: false });
  const unsubscribe = control.subscribe({
    formState: { errors: true, submitCount: true },
    callback: (state) => onState({ errors: flattenFormErrors(state.errors ?? {}), submitCount: state.submitCount ?? 0 }),
  });

  const fields = new Map<string, ReturnType<typeof control.register>>();
  for (const element of Array.from(form.elements)) {
    const name = (element as HTMLInputElement).name;
    // React's own hidden fields for the server action ("$ACTION_…") are not the person's input either.
    if (!name || name.startsWith("$ACTION") || skip.includes(name) || element instanceof HTMLButtonElement) continue;
    if (!fields.has(name)) fields.set(name, control.register(name));
    fields.get(name)!.ref(element);
  }

  const field = (event: Event) => fields.get((event.target as HTMLInputElement | null)?.name ?? "");
  const isChoice = (target: EventTarget | null) => target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && (target.type === "checkbox" || target.type === "radio"));
  // Text fields report on "input", checkboxes, radios and selects on "change" (as React's onChange).
  const onInput = (event: Event) => void (isChoice(event.target) ? undefined : field(event)?.onChange(event));
  const onChange = (event: Event) => void (isChoice(event.target) ? field(event)?.onChange(event) : undefined);
  const onBlur = (event: Event) => void field(event)?.onBlur(event);
  form.addEventListener("input", onInput);
  form.addEventListener("change", onChange);
  form.addEventListener("focusout", onBlur);

  return {
    submit: (event, send) => void control.handleSubmit(() => send())(event),
    // keepFieldsRef: the fields were registered once, with their DOM elements; a plain reset would drop them.
    reset: (values) => control.reset(values, { keepFieldsRef: true }),
    detach: () => {
      unsubscribe();
      form.removeEventListener("input", onInput);
      form.removeEventListener("change", onChange);
      form.removeEventListener("focusout", onBlur);
    },
  };
}
