/**
 * Form and query names that try to reach a prototype (issue 10): a parser that builds objects from
 * such names with plain assignments changes Object.prototype for the whole process. Each plants a
 * property whose name is in PLANTED, so a test can check afterwards that nothing arrived.
 */
export const PLANTED = ["SIGNIN_RATE_LIMIT_PER_ACCOUNT", "PUBLIC_URL", "pollutedX", "pollutedY", "pollutedZ"] as const;

export const PROTOTYPE_NAMES = [
  "__proto__.SIGNIN_RATE_LIMIT_PER_ACCOUNT",
  "__proto__.PUBLIC_URL",
  "__proto__[pollutedX]",
  "__proto__",
  "constructor.prototype.pollutedX",
  "constructor[prototype][pollutedY]",
  "prototype.pollutedX",
  "sessions.__proto__.pollutedX",
  "sessions.0.__proto__.pollutedY",
  "sessions.constructor.prototype.pollutedZ",
  "questions.constructor.pollutedX",
  "questions.0.constructor.prototype.pollutedZ",
  "newVenue.__proto__.pollutedY",
  "repeatDates.__proto__.pollutedX",
  "answers.__proto__.pollutedX",
  "answers.constructor.prototype.pollutedY",
  "topicIds.__proto__",
  "constructor",
  "prototype",
];

/** A form of `fields` with every prototype name added (some twice, which makes them arrays). */
export function withPrototypeNames(fields: Record<string, string | string[]> = {}): FormData {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) fd.append(name, v);
  for (const name of PROTOTYPE_NAMES) {
    fd.append(name, name.includes("PUBLIC_URL") ? "https://evil.example" : "0");
    fd.append(name, "1");
  }
  return fd;
}

/** Whether anything of PLANTED reached Object.prototype or Array.prototype. */
export function prototypesPolluted(): string[] {
  const plain = {} as Record<string, unknown>;
  const list = [] as unknown as Record<string, unknown>;
  return PLANTED.filter((name) => plain[name] !== undefined || list[name] !== undefined);
}

/** Removes whatever a broken parser planted, so that one failure does not break the other tests. */
export function cleanPrototypes(): void {
  for (const name of PLANTED) {
    delete (Object.prototype as Record<string, unknown>)[name];
    delete (Array.prototype as unknown as Record<string, unknown>)[name];
  }
}
