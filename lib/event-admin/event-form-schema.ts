import { z } from "zod";
import type { AttendanceMode } from "@/db/schema/events";
import type { QuestionKind } from "@/db/schema/registrations";
import type { Messages } from "@/lib/i18n/messages";
import type { Texts } from "@/lib/i18n/texts";
import { checkbox, optionalText, requiredText, wholeNumber } from "@/lib/forms/zod-fields";

/**
 * The event editor's schema, shared by the form in the browser (react-hook-form) and the server
 * action. Dates and times are typed as local wall-clock values in Europe/Berlin ("2026-12-03",
 * "18:00"); lib/event-admin/local-times.ts turns them into UTC instants on the server.
 * Rows of sessions and questions that are left completely empty are dropped: the form without
 * JavaScript offers a few spare rows.
 * It takes its texts as a parameter (useTranslations("internEvents.form.errors") in the browser,
 * lib/event-admin/event-form-schema-server.ts on the server) so that the browser bundle does not
 * carry the catalogue.
 */

/** The error texts: "internEvents.form.errors" (German only, the signed-in area). */
export type EventFormErrorTexts = Texts<keyof Messages["internEvents"]["form"]["errors"]>;

// Repeated here (checked against the tables' types) so that the browser bundle needs no drizzle.
export const attendanceModes = ["in_person", "online", "hybrid"] as const satisfies readonly AttendanceMode[];
export const questionKinds = ["short_text", "long_text", "single_choice", "multiple_choice", "yes_no"] as const satisfies readonly QuestionKind[];

export const repeatModes = ["none", "weekly", "monthly", "dates"] as const;
/** A series on picked days has at most this many days besides the first (a year of weekly dates). */
export const MAX_PICKED_DAYS = 52;


const isoDate = (message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message).refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    }, message),
  );
const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
/** A checkbox list posts one value, several, or none; react-hook-form gives false for none. */
const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []);
const blankRow = (row: unknown, keys: string[]) => !row || typeof row !== "object" || keys.every((k) => text((row as Record<string, unknown>)[k]) === "");
/** Drops empty rows; keeps the index of each kept row so that errors point at the right fields. */
const rows = (keys: string[]) => (v: unknown) => (Array.isArray(v) ? v : v && typeof v === "object" ? Object.values(v) : []).map((row) => (blankRow(row, keys) ? null : row));


export function eventFormSchemas(t: EventFormErrorTexts) {
  const e = (key: Exclude<keyof Messages["internEvents"]["form"]["errors"], "tooLong" | "repeatDatesTooMany">) => t(key);
  // The maximum as text: the catalogue's number format would write 5000 as "5.000".
  const tooLong = (max: number) => t("tooLong", { max: String(max) });
  const clockTime = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, e("time")));

  /** A session row; `id` (hidden in the form) names an existing session of the event, so that it keeps its id. */
  const sessionRowSchema = z
    .object({
      id: z.preprocess((v) => (text(v) === "" ? undefined : Number(v)), z.number({ error: e("sessionUnknown") }).int(e("sessionUnknown")).positive(e("sessionUnknown")).optional()),
      date: isoDate(e("date")),
      start: clockTime,
      end: clockTime,
    })
    .refine((s) => s.end > s.start, { path: ["end"], message: e("endBeforeStart") });

  const questionRowSchema = z
    .object({
      id: z.preprocess((v) => (text(v) === "" ? undefined : Number(v)), z.number().int().positive().optional()),
      label: requiredText(e("questionLabel"), 300, tooLong(300)),
      help: optionalText(300, tooLong(300)),
      kind: z.enum(questionKinds, { error: e("questionKind") }),
      options: z.preprocess(
        (v) =>
          text(v)
            .split(/\r?\n/)
            .map((o) => o.trim())
            .filter(Boolean),
        z.array(z.string().max(200, tooLong(200))).max(30),
      ),
      required: checkbox(),
      remove: checkbox(),
    })
    .refine((q) => q.remove || !(q.kind === "single_choice" || q.kind === "multiple_choice") || q.options.length >= 2, { path: ["options"], message: e("questionOptions") });

  const optionalId = z.preprocess((v) => (text(v) === "" ? undefined : Number(v)), z.number({ error: e("unknownChoice") }).int(e("unknownChoice")).positive(e("unknownChoice")).optional());

  const fields = {
    title: requiredText(e("title"), 150, tooLong(150)),
    summary: requiredText(e("summary"), 300, tooLong(300)),
    /** Optional English versions for the English calendar (issue 16); empty becomes null. */
    titleEn: optionalText(150, tooLong(150)),
    summaryEn: optionalText(300, tooLong(300)),
    description: requiredText(e("description"), 5000, tooLong(5000)),
    formatId: z.preprocess((v) => (text(v) === "" ? undefined : Number(v)), z.number({ error: e("format") }).int(e("format")).positive(e("format"))),
    /** Only the office chooses; the data layer puts everyone else's own organisation here. */
    organisationId: optionalId,
    trainer: optionalText(200, tooLong(200)),
    targetGroup: optionalText(300, tooLong(300)),
    attendanceMode: z.enum(attendanceModes, { error: e("attendanceMode") }),
    /** A venue id from the list, "neu" for the venue typed below, or empty. */
    venueId: z.preprocess(text, z.string().regex(/^(\d+|neu|)$/, e("venue"))),
    newVenue: z.preprocess(
      (v) => v ?? {},
      z.object({
        name: optionalText(150, tooLong(150)),
        street: optionalText(150, tooLong(150)),
        postalCode: optionalText(10, tooLong(10)),
        city: optionalText(100, tooLong(100)),
        room: optionalText(150, tooLong(150)),
        accessibilityNotes: optionalText(1000, tooLong(1000)),
        stepFree: checkbox(),
      }),
    ),
    onlineUrl: optionalText(500, tooLong(500)),
    capacity: wholeNumber(e("capacity"), 1, 10000),
    opensDate: z.preprocess(text, z.string()),
    opensTime: z.preprocess(text, z.string()),
    closesDate: z.preprocess(text, z.string()),
    closesTime: z.preprocess(text, z.string()),
    topicIds: z.preprocess(list, z.array(z.coerce.number().int().positive())),
    languages: z.preprocess(list, z.array(z.string().regex(/^[a-z]{2}$/))),
    reminderEnabled: checkbox(),
    /** Share of the sessions needed for a certificate (lib/certificates/entitlement.ts); empty = 75 %. */
    certificateThresholdPercent: z.preprocess((v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? "75" : v), wholeNumber(e("certificateThreshold"), 1, 100)),
    /** Supervision groups: whether people may still apply after the first session. */
    openAfterStart: checkbox(),
    sessions: z.preprocess(rows(["date", "start", "end"]), z.array(sessionRowSchema.nullable())),
    questions: z.preprocess(rows(["label", "id"]), z.array(questionRowSchema.nullable())),
    repeat: z.preprocess((v) => (text(v) === "" ? "none" : v), z.enum(repeatModes)),
    repeatCount: z.preprocess(text, z.string()),
    repeatDates: z.preprocess((v) => list(Array.isArray(v) || typeof v === "string" ? v : v && typeof v === "object" ? Object.values(v) : []).map(text), z.array(z.string())),
  };

  type Raw = z.output<z.ZodObject<typeof fields>>;
  type Ctx = z.RefinementCtx;

  function checkPlace(v: Raw, ctx: Ctx) {
    const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (v.attendanceMode !== "online") {
      if (v.venueId === "") add(["venueId"], e("venue"));
      if (v.venueId === "neu") {
        const n = v.newVenue;
        if (!n?.name) add(["newVenue", "name"], e("venueName"));
        if (!n?.street) add(["newVenue", "street"], e("venueStreet"));
        if (!n?.postalCode || !/^\d{5}$/.test(n.postalCode)) add(["newVenue", "postalCode"], e("venuePostalCode"));
        if (!n?.city) add(["newVenue", "city"], e("venueCity"));
      }
    }
    if (v.attendanceMode !== "in_person" && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(v.onlineUrl ?? "")) add(["onlineUrl"], e("onlineUrl"));
  }

  /** Opens and closes: both parts or none; closes after opens. */
  function checkWindow(v: Raw, ctx: Ctx) {
    const add = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const pairs = [
      ["opensDate", "opensTime"],
      ["closesDate", "closesTime"],
    ] as const;
    for (const [date, time] of pairs) {
      if (v[date] === "" && v[time] === "") continue;
      if (!isoDate(e("date")).safeParse(v[date]).success) add(date, e("date"));
      if (!clockTime.safeParse(v[time]).success) add(time, e("time"));
    }
    if (v.opensDate && v.closesDate && `${v.closesDate}T${v.closesTime}` <= `${v.opensDate}T${v.opensTime}`) add("closesDate", e("closesBeforeOpens"));
  }

  /** At least one session; each starts after the previous one ended. */
  function checkSessions(v: Raw, ctx: Ctx) {
    const kept = (v.sessions ?? []).map((s, i) => ({ s, i })).filter((x) => x.s);
    if (kept.length === 0) ctx.addIssue({ code: "custom", path: ["sessions", 0, "date"], message: e("sessionsRequired") });
    for (let k = 1; k < kept.length; k++) {
      const previous = kept[k - 1].s!;
      const current = kept[k].s!;
      if (`${current.date}T${current.start}` < `${previous.date}T${previous.end}`) ctx.addIssue({ code: "custom", path: ["sessions", kept[k].i, "date"], message: e("sessionOrder") });
    }
  }

  function checkRepeat(v: Raw, ctx: Ctx) {
    if (v.repeat === "weekly" || v.repeat === "monthly") {
      const n = Number(v.repeatCount);
      if (!Number.isInteger(n) || n < 2 || n > 26) ctx.addIssue({ code: "custom", path: ["repeatCount"], message: e("repeatCount") });
    }
    if (v.repeat === "dates") {
      const first = (v.sessions ?? []).find(Boolean)?.date ?? "";
      const given = (v.repeatDates ?? []).map((d, i) => ({ d, i })).filter((x) => x.d !== "");
      if (given.length === 0) ctx.addIssue({ code: "custom", path: ["repeatDates", 0], message: e("repeatDates") });
      if (given.length > MAX_PICKED_DAYS) {
        // One message next to the first day instead of one per date of a long list.
        ctx.addIssue({ code: "custom", path: ["repeatDates", 0], message: t("repeatDatesTooMany", { max: String(MAX_PICKED_DAYS) }) });
        return;
      }
      for (const { d, i } of given) {
        if (!isoDate(e("date")).safeParse(d).success) ctx.addIssue({ code: "custom", path: ["repeatDates", i], message: e("date") });
        else if (first && d <= first) ctx.addIssue({ code: "custom", path: ["repeatDates", i], message: e("repeatDateOrder") });
      }
    }
  }

  const eventFormSchema = z.object(fields).superRefine(
    (v, ctx) => {
      checkPlace(v, ctx);
      checkWindow(v, ctx);
      checkSessions(v, ctx);
      checkRepeat(v, ctx);
    },
    // Also while other fields are wrong, so that a person sees every problem at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

  return { sessionRowSchema, eventFormSchema };
}

type EventFormSchemas = ReturnType<typeof eventFormSchemas>;
export type EventFormInput = z.output<EventFormSchemas["eventFormSchema"]>;
export type SessionRow = z.output<EventFormSchemas["sessionRowSchema"]>;
export type QuestionRow = NonNullable<EventFormInput["questions"][number]>;

/** The kept session rows, in the order given. */
export const keptSessions = (input: EventFormInput): SessionRow[] => input.sessions.filter((s): s is SessionRow => s !== null);
/** The kept question rows (those marked for removal included: the data layer decides about them). */
export const keptQuestions = (input: EventFormInput): QuestionRow[] => input.questions.filter((q): q is QuestionRow => q !== null);
