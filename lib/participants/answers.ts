import { translator } from "@/lib/i18n/translator";

const t = translator("de", "internParticipants");

/** Answers to the extra questions as text: lists joined, yes/no spelled out. */
export function answerText(value: string | string[] | boolean | undefined | null): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? t("export.yes") : t("export.no");
  return value;
}
