import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { moveFromWaitlistAction } from "@/app/intern/veranstaltungen/[id]/teilnehmende/actions";
import { formatDateTime } from "@/lib/dates/format";
import { participantsPath } from "@/lib/participants/paths";
import type { Participant } from "@/lib/participants/queries";
import { statusLabel } from "@/lib/participants/status-label";

/**
 * Everyone registered, the important columns first. On a phone each row reflows into a card, each
 * cell under its column's name (.reflow-table in app/globals.css); on wider screens it is a table.
 * Actions sit in the row they act on.
 */
export async function ParticipantTable({ eventId, eventTitle, participants }: { eventId: number; eventTitle: string; participants: Participant[] }) {
  const t = await getTranslations("internParticipants.list");
  const th = "border-b-2 border-ink px-2 py-2 text-left align-bottom";
  const td = "border-b border-line px-2 py-2 align-top";
  return (
    <div role="region" aria-labelledby="teilnehmende-tabelle" tabIndex={0} className="overflow-x-auto">
      <table className="reflow-table w-full border-collapse text-sm md:min-w-[56rem]">
        <caption id="teilnehmende-tabelle" className="mb-2 text-left text-lg font-bold">
          {t("tableCaption", { title: eventTitle })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{t("colName")}</th>
            <th scope="col" className={th}>{t("colStatus")}</th>
            <th scope="col" className={th}>{t("colContact")}</th>
            <th scope="col" className={th}>{t("colInitiative")}</th>
            <th scope="col" className={th}>{t("colDetails")}</th>
            <th scope="col" className={th}>{t("colRegistered")}</th>
            <th scope="col" className={th}>{t("colActions")}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => {
            const name = `${p.firstName} ${p.lastName}`;
            return (
              <tr key={p.id} id={`person-${p.id}`}>
                <th scope="row" className={`${td} font-semibold`}>{name}</th>
                <td className={td} data-label={t("colStatus")}>{statusLabel(p.status, p.position)}</td>
                <td className={td} data-label={t("colContact")}>
                  {p.email ? <a href={`mailto:${p.email}`} className="break-all">{p.email}</a> : <span className="text-muted">{t("noEmail")}</span>}
                  {p.phone && <div>{p.phone}</div>}
                </td>
                <td className={td} data-label={t("colInitiative")}>{p.initiative ?? t("noInitiative")}</td>
                <td className={td} data-label={t("colDetails")}>
                  <dl>
                    {p.accessibilityNeeds && <Detail term={t("accessibility")} value={p.accessibilityNeeds} />}
                    {p.answers.filter((a) => a.text).map((a) => <Detail key={a.questionId} term={a.label} value={a.text} />)}
                    {p.note && <Detail term={t("note")} value={p.note} />}
                  </dl>
                </td>
                <td className={td} data-label={t("colRegistered")}>
                  {formatDateTime(p.createdAt)}
                  <div className="text-muted">{p.source === "staff" ? `${t("sourceStaff")}${p.enteredBy ? ` (${p.enteredBy})` : ""}` : t("sourceOnline")}</div>
                </td>
                <td className={td} data-label={t("colActions")}>
                  {p.status === "waitlisted" && (
                    <form action={moveFromWaitlistAction} className="mb-2">
                      <input type="hidden" name="eventId" value={eventId} />
                      <input type="hidden" name="registrationId" value={p.id} />
                      <div className="flex min-h-11 items-center gap-2">
                        <input id={`override-${p.id}`} type="checkbox" name="override" className="size-6 shrink-0 accent-accent" />
                        <label htmlFor={`override-${p.id}`}>
                          {t("override")}
                          <span className="sr-only"> ({name})</span>
                        </label>
                      </div>
                      <button type="submit" className="btn btn-secondary text-sm">
                        {t("move")}
                        <span className="sr-only"> ({name})</span>
                      </button>
                    </form>
                  )}
                  {(p.status === "confirmed" || p.status === "waitlisted") && (
                    <Link href={`${participantsPath(eventId)}/abmelden/${p.id}`} className="inline-flex min-h-11 items-center">
                      {t("cancel")}
                      <span className="sr-only"> ({name})</span>
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Detail({ term, value }: { term: string; value: string }) {
  return (
    <div className="mb-1">
      <dt className="font-semibold">{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
