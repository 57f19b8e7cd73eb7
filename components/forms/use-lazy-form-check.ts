"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import type { FieldValues, Resolver, UseFormRegisterReturn } from "react-hook-form";
import type { CheckState, FormCheck } from "./form-check";

const noop = () => {};
const settled = async () => {};

/**
 * The browser-side check of a public form, loaded only when a person starts on it: on the first
 * focus inside the form, react-hook-form (form-check.ts) and the form's zod schema (`loadResolver`)
 * arrive with import() and attach to the fields already on screen. Until then the page carries
 * neither (about 45 KiB gzipped; docs/benchmarks.md, "Page weight"). A send before they arrived
 * goes to the server unchecked; the server action checks with the same schema anyway. If the
 * import fails (the network dropped), the next focus tries again.
 *
 * `register` gives the props a field needs (its name; react-hook-form takes the DOM element itself
 * when it attaches). `skip`: hidden fields that are not the person's input.
 */
export function useLazyFormCheck(formRef: RefObject<HTMLFormElement | null>, loadResolver: () => Promise<Resolver<FieldValues>>, skip: string[] = []) {
  const [state, setState] = useState<CheckState>({ errors: {}, submitCount: 0 });
  const check = useRef<FormCheck | null>(null);
  const loading = useRef(false);
  // The loader closes over the form's current texts and questions; the latest one is used.
  const loader = useRef(loadResolver);
  useEffect(() => {
    loader.current = loadResolver;
  });
  useEffect(() => () => check.current?.detach(), []);

  const load = () => {
    if (check.current || loading.current || !formRef.current) return;
    loading.current = true;
    Promise.all([import("./form-check"), loader.current()])
      .then(([{ attachFormCheck }, resolver]) => {
        if (formRef.current && !check.current) check.current = attachFormCheck(formRef.current, resolver, setState, skip);
      })
      .catch(noop)
      .finally(() => (loading.current = false));
  };

  return {
    errors: state.errors,
    submitCount: state.submitCount,
    /** For the <form>'s onFocus (React's onFocus bubbles like focusin). */
    load,
    /** For the <form>'s onSubmit: checks if the check is here, then calls `send`; else sends at once. */
    submit: (event: React.FormEvent<HTMLFormElement>, send: () => void) => {
      event.preventDefault();
      if (check.current) check.current.submit(event, send);
      else send();
    },
    /** After a server answer: the typed values into the check, its own errors cleared. */
    reset: (values: Record<string, unknown>) => check.current?.reset(values),
    register: (name: string): UseFormRegisterReturn => ({ name, onChange: settled, onBlur: settled, ref: noop }),
  };
}
