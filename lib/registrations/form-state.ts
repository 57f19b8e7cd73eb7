/** What the registration action answers to the form (also when JavaScript is off). */
export type RegistrationFormState = {
  status: "idle" | "error" | "closed";
  message?: string;
  /** A link that belongs to the message (e.g. to a supervision group's application page). */
  link?: { href: string; label: string };
  /** Field errors keyed by field name ("email", "answers.q12"). */
  errors?: Record<string, string>;
  /** What the person typed, shown again so nothing is lost. */
  values?: Record<string, unknown>;
  /** The signed time the form was first shown, kept across corrections (minimum fill time). */
  startedToken?: string;
};

export const initialRegistrationFormState: RegistrationFormState = { status: "idle" };
