import type { EventText } from "@/lib/events/event-text";

/**
 * An organiser's text in the page: a span with lang="de" when an English page shows German text
 * (lib/events/event-text.ts), the bare text otherwise.
 */
export function LocalizedText({ value }: { value: EventText }) {
  return value.lang ? <span lang={value.lang}>{value.text}</span> : <>{value.text}</>;
}
