import { getTranslations } from "next-intl/server";
import { markSessionAttendanceAction } from "@/app/intern/veranstaltungen/[id]/anwesenheit/actions";
import type { AttendanceStatus } from "@/db/schema";

const stateStyle = { none: "border-line", present: "border-ok", absent: "border-accent" } as const;

/**
 * One person at one session: the state in words (not colour alone) and two large buttons, each a
 * form post, so that a tap works without JavaScript too. The card's id is the anchor the action
 * returns to.
 */
export async function AttendanceCard(props: { eventId: number; sessionId: number; registrationId: number; name: string; status: AttendanceStatus | null; locked?: boolean }) {
  const t = await getTranslations("internAttendance");
  const state = props.status ?? "none";
  const button = "min-h-12 flex-1 rounded border-2 px-4 py-2 text-lg font-semibold";
  return (
    <li id={`person-${props.registrationId}`} className={`scroll-mt-4 border-l-8 bg-soft p-3 ${stateStyle[state]}`}>
      <h3 className="text-lg font-bold">{props.name}</h3>
      <p className="mb-2">
        <span className="sr-only">{t("statusLabel")} </span>
        <strong>
          {state === "present" ? "✓ " : state === "absent" ? "✗ " : ""}
          {t(`state.${state}`)}
        </strong>
      </p>
      {/* Closed attendance is read only here; reopening it (below the overview) allows corrections. */}
      {!props.locked && (
      <form action={markSessionAttendanceAction} className="flex gap-3">
        <input type="hidden" name="eventId" value={props.eventId} />
        <input type="hidden" name="sessionId" value={props.sessionId} />
        <input type="hidden" name="registrationId" value={props.registrationId} />
        <button type="submit" name="status" value="present" aria-label={t("presentFor", { name: props.name })} aria-pressed={state === "present"} className={`${button} ${state === "present" ? "border-ok bg-ok text-white" : "border-ok bg-white text-ok"}`}>
          {t("present")}
        </button>
        <button type="submit" name="status" value="absent" aria-label={t("absentFor", { name: props.name })} aria-pressed={state === "absent"} className={`${button} ${state === "absent" ? "border-accent bg-accent text-white" : "border-accent bg-white text-accent"}`}>
          {t("absent")}
        </button>
      </form>
      )}
    </li>
  );
}
