import { getTranslations } from "next-intl/server";
import { acceptApplicationAction, declineApplicationAction, endMembershipAction, waitlistApplicationAction } from "@/app/intern/veranstaltungen/[id]/bewerbungen/actions";
import type { Application } from "@/lib/supervision/applications-query";
import { DECLINE_MESSAGE_MAX } from "@/lib/supervision/decide-schemas";

/** `acceptOnly`: just the accept button (the offer of a free place to the first of the waiting list). */
type Props = { eventId: number; application: Application; full: boolean; acceptOnly?: boolean };

/** Hidden ids every decision form posts. */
function Ids({ eventId, registrationId }: { eventId: number; registrationId: number }) {
  return (
    <>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="registrationId" value={registrationId} />
    </>
  );
}

/**
 * The decisions that fit an application's state, as plain forms (they work without JavaScript).
 * "Absagen" opens with a field for a kind message first, so that a click alone mails nobody.
 */
export async function ApplicationDecisions({ eventId, application: a, full, acceptOnly = false }: Props) {
  const t = await getTranslations("internSupervision.applications");
  const name = `${a.firstName} ${a.lastName}`;
  if (a.group === "members" && a.status === "confirmed") {
    return (
      <form action={endMembershipAction} className="mt-3">
        <Ids eventId={eventId} registrationId={a.id} />
        <p className="mb-2 text-sm text-muted">{t("endMembershipHint")}</p>
        <button type="submit" className="btn-secondary min-h-11" aria-label={`${t("endMembership")}: ${name}`}>
          {t("endMembership")}
        </button>
      </form>
    );
  }
  if (a.group !== "applied" && a.group !== "waitlisted") return null;
  const messageId = `absage-nachricht-${a.id}`;
  return (
    <div className="mt-3 flex flex-wrap items-start gap-3">
      {!full && (
        <form action={acceptApplicationAction}>
          <Ids eventId={eventId} registrationId={a.id} />
          <button type="submit" className="btn min-h-11" aria-label={`${t("accept")}: ${name}`}>
            {t("accept")}
          </button>
        </form>
      )}
      {!acceptOnly && a.group === "applied" && (
        <form action={waitlistApplicationAction}>
          <Ids eventId={eventId} registrationId={a.id} />
          <button type="submit" className="btn-secondary min-h-11" aria-label={`${t("waitlist")}: ${name}`}>
            {t("waitlist")}
          </button>
        </form>
      )}
      {!acceptOnly && (
        <details className="w-full">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">{`${t("decline")}: ${name}`}</summary>
          <form action={declineApplicationAction} className="mt-2">
            <Ids eventId={eventId} registrationId={a.id} />
            <label htmlFor={messageId} className="block font-semibold">
              {t("declineMessage")}
            </label>
            <p id={`${messageId}-hinweis`} className="text-sm text-muted">
              {t("declineHint")}
            </p>
            <textarea id={messageId} name="message" rows={4} maxLength={DECLINE_MESSAGE_MAX} aria-describedby={`${messageId}-hinweis`} className="field mb-3 w-full" />
            <button type="submit" className="btn min-h-11">
              {t("declineSend")}
            </button>
          </form>
        </details>
      )}
    </div>
  );
}
