/**
 * Names that reach a prototype when used as keys of a plain object: `obj["__proto__"].x = 1` or
 * `obj.constructor.prototype.x = 1` changes Object.prototype for the whole process. Form names are
 * chosen by whoever posts, so no part of a posted name may be one of these.
 */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Whether no part of a field name ("sessions.0.date", "a[b]") is a prototype key. */
export function isSafeFieldName(name: string): boolean {
  return !name.split(/[.[\]]+/).some((part) => PROTOTYPE_KEYS.has(part));
}
