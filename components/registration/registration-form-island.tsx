"use client";

import type { ComponentProps } from "react";
import { focusLoader, HydrateOnFocus } from "@/components/forms/hydrate-on-focus";

type Form = typeof import("./registration-form").RegistrationForm;

// On the server a plain require (the browser bundle leaves it out: `typeof window` is known when building).
const loader = focusLoader<Form>(
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  typeof window === "undefined" ? (require("./registration-form") as typeof import("./registration-form")).RegistrationForm : null,
  () => import("./registration-form").then((m) => m.RegistrationForm),
);

/**
 * The registration form of an event page, hydrated when a person first focuses it
 * (HydrateOnFocus): the event page loads no more JavaScript than the calendar.
 */
export function RegistrationFormIsland(props: ComponentProps<Form>) {
  return <HydrateOnFocus loader={loader} render={(RegistrationForm) => <RegistrationForm {...props} />} />;
}
