import slugifyLib from "slugify";

/** URL slug from German text: "Trauma & Übung" → "trauma-und-uebung". */
export function slugify(text: string): string {
  return slugifyLib(text, { lower: true, strict: true, locale: "de", trim: true }).slice(0, 70).replace(/-+$/, "");
}
