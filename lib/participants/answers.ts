import messages from "@/messages/de/intern-participants.json";

/** Answers to the extra questions as text: lists joined, yes/no spelled out. */
export function answerText(value: string | string[] | boolean | undefined | null): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? messages.export.yes : messages.export.no;
  return value;
}
