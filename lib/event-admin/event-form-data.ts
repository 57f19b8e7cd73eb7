import { formDataToObject } from "@/lib/forms/form-state";

/**
 * A posted editor form as the nested values react-hook-form works with: "sessions.1.date" becomes
 * { sessions: [_, { date }] }. The same shape goes back into the form after an error, so nothing
 * typed is lost.
 */
export function eventFormDataToValues(formData: FormData): Record<string, unknown> {
  const flat = formDataToObject(formData, ["topicIds", "languages"]);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split(".");
    let node: Record<string, unknown> = out;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(parts[i + 1]);
      node[part] ??= nextIsIndex ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  // Rows come back dense and in order, also when a row in between was removed in the browser.
  for (const key of ["sessions", "questions", "repeatDates"]) {
    if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).filter((row) => row !== undefined);
  }
  return out;
}
