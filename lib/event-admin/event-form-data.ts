import { z } from "zod";
import { eventFormSchema } from "./event-form-schema-server";

/**
 * A posted editor form as the nested values react-hook-form works with: "sessions.1.date" becomes
 * { sessions: [_, { date }] }. The same shape goes back into the form after an error, so nothing
 * typed is lost.
 *
 * Only names of the editor's known shape are read (taken from eventFormSchema, so a new field needs
 * no change here): top-level fields, "newVenue.<field>", "<list>.<row>.<field>" for the row lists
 * (sessions, questions) with at most MAX_ROWS rows, and "<list>" or "<list>.<n>" for plain lists
 * (topicIds, languages, repeatDates). Every other name is ignored, so no posted name can become a
 * key such as `__proto__` or `constructor`. Values are collected in Maps and turned into objects
 * with Object.fromEntries, which defines own properties only.
 */

/** Rows beyond this index are ignored; the editor shows a handful, a series at most a few dozen. */
export const MAX_ROWS = 200;

/** Fields the editor posts that are not part of the schema: the event's id when editing. */
const EXTRA_FIELDS = ["eventId"];

type Shape = { scalars: Set<string>; groups: Map<string, Set<string>>; rows: Map<string, Set<string>>; lists: Set<string> };

/** The schema behind preprocessing, optional, nullable and default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodPipe) current = current.out as z.ZodType;
    else if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else return current;
  }
}

function editorShape(): Shape {
  const shape: Shape = { scalars: new Set(EXTRA_FIELDS), groups: new Map(), rows: new Map(), lists: new Set() };
  for (const [name, field] of Object.entries(eventFormSchema.shape)) {
    const inner = unwrap(field as z.ZodType);
    if (inner instanceof z.ZodObject) shape.groups.set(name, new Set(Object.keys(inner.shape)));
    else if (inner instanceof z.ZodArray) {
      const element = unwrap(inner.element as z.ZodType);
      if (element instanceof z.ZodObject) shape.rows.set(name, new Set(Object.keys(element.shape)));
      else shape.lists.add(name);
    } else shape.scalars.add(name);
  }
  return shape;
}

const shape = editorShape();

/** A row index within bounds ("0" … "199"), or null. */
function rowIndex(part: string): number | null {
  if (!/^\d{1,3}$/.test(part)) return null;
  const index = Number(part);
  return index < MAX_ROWS ? index : null;
}

/** Values of a map ordered by index: rows come back dense, also when one in between was removed. */
const byIndex = <T>(map: Map<number, T>): T[] => [...map.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);

export function eventFormDataToValues(formData: FormData): Record<string, unknown> {
  const top = new Map<string, unknown>();
  const groups = new Map<string, Map<string, string>>();
  const rows = new Map<string, Map<number, Map<string, string>>>();
  const indexedLists = new Map<string, Map<number, string>>();

  for (const name of new Set(formData.keys())) {
    const all = formData.getAll(name).map((v) => (typeof v === "string" ? v : ""));
    const parts = name.split(".");
    const [head] = parts;
    if (parts.length === 1 && shape.lists.has(head)) top.set(head, all);
    else if (parts.length === 1 && shape.scalars.has(head)) top.set(head, all.length > 1 ? all : all[0]);
    else if (parts.length === 2 && shape.groups.get(head)?.has(parts[1])) {
      if (!groups.has(head)) groups.set(head, new Map());
      groups.get(head)!.set(parts[1], all[0]);
    } else if (parts.length === 2 && shape.lists.has(head) && rowIndex(parts[1]) !== null) {
      if (!indexedLists.has(head)) indexedLists.set(head, new Map());
      indexedLists.get(head)!.set(rowIndex(parts[1])!, all[0]);
    } else if (parts.length === 3 && shape.rows.get(head)?.has(parts[2]) && rowIndex(parts[1]) !== null) {
      if (!rows.has(head)) rows.set(head, new Map());
      const list = rows.get(head)!;
      const index = rowIndex(parts[1])!;
      if (!list.has(index)) list.set(index, new Map());
      list.get(index)!.set(parts[2], all[0]);
    }
    // Anything else is not a field of the editor and is ignored.
  }

  for (const [name, fields] of groups) top.set(name, Object.fromEntries(fields));
  for (const [name, list] of rows) top.set(name, byIndex(list).map((row) => Object.fromEntries(row)));
  for (const [name, list] of indexedLists) top.set(name, byIndex(list));
  for (const name of ["topicIds", "languages"]) if (shape.lists.has(name) && !top.has(name)) top.set(name, []);
  return Object.fromEntries(top);
}
