import { getTranslations } from "next-intl/server";
import { markAttendanceAction } from "@/app/intern/veranstaltungen/[id]/check-in/actions";
import type { Participant } from "@/lib/participants/queries";

const stateStyle = { confirmed: "border-line", attended: "border-ok", no_show: "border-accent" } as const;

/**
 * One person at the check-in: the state in words (not colour alone), two large buttons and, once
 * marked, a smaller one that undoes the mark; each a form post, so that a tap works without JavaScript too. The card's id is the anchor the action
 * returns to.
 */
export async function CheckInCard({ eventId, person, q }: { eventId: number; person: Participant; q: string }) {
  const t = await getTranslations("internParticipants.checkIn");
  const name = `${person.firstName} ${person.lastName}`;
  const state = person.status === "attended" || person.status === "no_show" ? person.status : "confirmed";
  const button = "min-h-12 flex-1 rounded border-2 px-4 py-2 text-lg font-semibold";
  return (
    <li id={`person-${person.id}`} className={`scroll-mt-20 border-l-8 bg-soft p-3 ${stateStyle[state]}`}>
      <h2 className="text-lg font-bold">{name}</h2>
      <p className="mb-2">
        <span className="sr-only">Status: </span>
        <strong>{state === "attended" ? "✓ " : state === "no_show" ? "✗ " : ""}{t(`state.${state}`)}</strong>
        {person.initiative && <span className="text-muted"> · {person.initiative}</span>}
      </p>
      <form action={markAttendanceAction} className="flex flex-wrap gap-3">
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="registrationId" value={person.id} />
        <input type="hidden" name="q" value={q} />
        <button type="submit" name="attendance" value="attended" aria-label={t("presentFor", { name })} className={`${button} ${state === "attended" ? "border-ok bg-ok text-white" : "border-ok bg-white text-ok"}`}>
          {t("present")}
        </button>
        <button type="submit" name="attendance" value="no_show" aria-label={t("absentFor", { name })} className={`${button} ${state === "no_show" ? "border-accent bg-accent text-white" : "border-accent bg-white text-accent"}`}>
          {t("absent")}
        </button>
        {/* A wrong tap is undone: the person is open again (quieter than the two main buttons). */}
        {state !== "confirmed" && (
          <button type="submit" name="attendance" value="open" aria-label={t("undoFor", { name })} className="min-h-11 basis-full rounded border border-ink bg-white px-4 py-2 font-semibold text-ink sm:basis-auto">
            {t("undo")}
          </button>
        )}
      </form>
    </li>
  );
}
