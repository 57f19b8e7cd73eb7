import type { Messages } from "@/lib/i18n/messages";
import type { KeysUnder, Texts } from "@/lib/i18n/texts";

/**
 * The one line under each folded part of the event editor: what is filled in, in words. Pure (the
 * editor passes the current form values and its texts), so that it is tested without a browser.
 * The texts come as a parameter (the editor's useTranslations("internEvents.form")) so that the
 * browser bundle does not carry the catalogue.
 */
type Summary = Messages["internEvents"]["form"]["summary"];
type Modes = Messages["internEvents"]["form"]["fields"]["modes"];
type RepeatModes = Messages["internEvents"]["form"]["fields"]["repeatModes"];
/** The texts: keys of "internEvents.form" (German only, the signed-in area). */
export type EditorSummaryTexts = Texts<KeysUnder<"summary", Summary> | KeysUnder<"fields.modes", Modes> | KeysUnder<"fields.repeatModes", RepeatModes>>;
type Values = Record<string, unknown>;

const str = (v: unknown) => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v ? [v] : []);
const modeKeys: Record<keyof Modes, true> = { in_person: true, online: true, hybrid: true };
const repeatModeKeys: Record<keyof RepeatModes, true> = { none: true, weekly: true, monthly: true, dates: true };
/** The summary texts ("summary.*"). */
const summaryOf = (t: EditorSummaryTexts) => (key: keyof Summary, values?: Record<string, string | number>) => t(`summary.${key}`, values);
const joined = (parts: string[], empty: string) => (parts.length ? parts.join(" · ") : empty);
/** "2027-01-12" → "12.01.2027" (a local date as typed; no time zone involved). */
const localDate = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v.split("-").reverse().join(".") : v);

export function basicsSummary(v: Values, formatName: string | undefined, t: EditorSummaryTexts): string {
  const s = summaryOf(t);
  return joined([str(v.title), formatName ?? ""].filter(Boolean), s("nothing"));
}

export function moreSummary(v: Values, t: EditorSummaryTexts): string {
  const s = summaryOf(t);
  const topics = list(v.topicIds).length;
  const languages = list(v.languages).length;
  const parts = [
    str(v.trainer) && s("trainer", { value: str(v.trainer) }),
    str(v.targetGroup) && s("targetGroup", { value: str(v.targetGroup) }),
    topics === 1 ? s("topicsOne") : topics > 1 ? s("topicsMany", { n: topics }) : "",
    languages === 1 ? s("languagesOne") : languages > 1 ? s("languagesMany", { n: languages }) : "",
  ].filter(Boolean);
  return joined(parts, s("nothingOptional"));
}

/**
 * Whether the optional details of the offer hold anything typed or picked (then their part starts
 * open). Languages do not count: a new event starts with German ticked, which would open it always.
 */
export function moreFilled(v: Values): boolean {
  return !!(str(v.trainer) || str(v.targetGroup) || list(v.topicIds).length);
}

export function placeSummary(v: Values, venueName: string | undefined, t: EditorSummaryTexts): string {
  const s = summaryOf(t);
  const modeKey = str(v.attendanceMode);
  const mode = modeKey in modeKeys ? t(`fields.modes.${modeKey as keyof Modes}`) : "";
  const newVenue = (v.newVenue ?? {}) as Values;
  const where = str(v.venueId) === "neu" ? s("newVenue", { value: str(newVenue.name) }) : (venueName ?? "");
  return joined([mode, where].filter(Boolean), s("nothing"));
}

/** Whether a new place is being typed in (its fieldset starts open). */
export function newVenueFilled(v: Values): boolean {
  const newVenue = (v.newVenue ?? {}) as Values;
  return str(v.venueId) === "neu" || ["name", "street", "postalCode", "city", "room", "accessibilityNotes"].some((k) => str(newVenue[k]) !== "");
}

export function sessionsSummary(v: Values, t: EditorSummaryTexts): string {
  const s = summaryOf(t);
  const dates = list(v.sessions)
    .map((row) => str((row as Values | null)?.date))
    .filter(Boolean)
    .sort();
  if (dates.length === 0) return s("nothing");
  return dates.length === 1 ? s("sessionsOne", { date: localDate(dates[0]) }) : s("sessionsMany", { n: dates.length, date: localDate(dates[0]) });
}

export function registrationSummary(v: Values, t: EditorSummaryTexts): string {
  const s = summaryOf(t);
  return str(v.capacity) ? s("seats", { n: str(v.capacity) }) : s("nothing");
}

/**
 * Whether the registration's finer settings differ from a new event's defaults (window open from
 * publication to the start, reminder on, 75 % for a certificate, not open after the start).
 */
export function registrationOptionsChanged(v: Values): boolean {
  const reminder = v.reminderEnabled === undefined || v.reminderEnabled === true || v.reminderEnabled === "on" || v.reminderEnabled === "true";
  const openAfter = v.openAfterStart === true || v.openAfterStart === "on" || v.openAfterStart === "true";
  return ["opensDate", "opensTime", "closesDate", "closesTime"].some((k) => str(v[k]) !== "") || !reminder || openAfter || (str(v.certificateThresholdPercent) || "75") !== "75";
}

const filledQuestions = (v: Values) => list(v.questions).filter((q) => str((q as Values | null)?.label) !== "").length;

export function questionsSummary(v: Values, t: EditorSummaryTexts): string {
  const s = summaryOf(t);
  const n = filledQuestions(v);
  return n === 0 ? s("nothingOptional") : n === 1 ? s("questionsOne") : s("questionsMany", { n });
}

export function questionsFilled(v: Values): boolean {
  return filledQuestions(v) > 0;
}

export function seriesSummary(v: Values, t: EditorSummaryTexts): string {
  const s = summaryOf(t);
  const mode = str(v.repeat) || "none";
  if (mode === "none") return t("fields.repeatModes.none");
  if (mode === "dates") return s("repeatDates", { n: list(v.repeatDates).filter((d) => str(d) !== "").length });
  const label = mode in repeatModeKeys ? t(`fields.repeatModes.${mode as keyof RepeatModes}`) : mode;
  return str(v.repeatCount) ? s("repeatCount", { mode: label, n: str(v.repeatCount) }) : label;
}

export function seriesFilled(v: Values): boolean {
  return (str(v.repeat) || "none") !== "none";
}
