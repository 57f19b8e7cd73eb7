import type { getTranslations } from "next-intl/server";
import eventMessages from "@/messages/de/event.json";

type EventT = Awaited<ReturnType<typeof getTranslations<"event">>>;

/** The German name of a language code from the catalogue, or the code itself if it has none. */
export function languageName(t: EventT, code: string): string {
  return code in eventMessages.languageNames ? t(`languageNames.${code as keyof typeof eventMessages.languageNames}`) : code;
}
