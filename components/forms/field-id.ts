/** The id of a form field's input ("answers.3" → "feld-answers-3"); its hint and error ids derive from it. */
export const fieldId = (name: string) => `feld-${name.replace(/\./g, "-")}`;
