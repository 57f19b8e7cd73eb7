import type { UseFormRegisterReturn } from "react-hook-form";

/** What a form's fields get from ServerForm or PublicForm (components/forms/*-form.tsx). */
export type FormApi = {
  /** react-hook-form's props for an input (name, ref, onChange, onBlur). */
  register: (name: string) => UseFormRegisterReturn;
  /** The error of a field, from the browser's check or the server's. */
  error: (name: string) => string | undefined;
  /** What was typed (after a server answer) or the initial value, as text. */
  text: (name: string) => string;
  /** Whether a checkbox was ticked. */
  checked: (name: string) => boolean;
  values: Record<string, unknown>;
  pending: boolean;
};

/** The FormApi over the values a form shows (typed, or sent back by the server) and its errors. */
export function formApi({ register, errors, values, pending }: { register: FormApi["register"]; errors: Record<string, string>; values: Record<string, unknown>; pending: boolean }): FormApi {
  return {
    register,
    error: (name) => errors[name],
    text: (name) => {
      const v = name.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), values);
      return v === null || v === undefined ? "" : String(v);
    },
    checked: (name) => {
      const v = values[name];
      return v === true || v === "on" || v === "true";
    },
    values,
    pending,
  };
}
