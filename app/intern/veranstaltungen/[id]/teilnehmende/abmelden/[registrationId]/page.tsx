import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cancelParticipantAction } from "@/app/intern/veranstaltungen/[id]/teilnehmende/actions";
import { orNotFound } from "@/components/intern/participants/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { participantsPath } from "@/lib/participants/paths";
import { registrationForActor } from "@/lib/participants/registration-access";

export const metadata: Metadata = { title: "Person abmelden – Interner Bereich" };

/** The confirmation step before cancelling on someone's behalf: a page, so it works without JavaScript. */
export default async function CancelParticipantPage({ params }: { params: Promise<{ id: string; registrationId: string }> }) {
  const { id, registrationId } = await params;
  const actor = await requireActor(`${participantsPath(Number(id))}/abmelden/${registrationId}`);
  const found = await orNotFound(registrationForActor(actor, Number(id), Number(registrationId)));
  const { event, registration: r } = found;
  const t = await getTranslations("internParticipants.cancel");
  const back = participantsPath(event.id);
  if (r.status !== "confirmed" && r.status !== "waitlisted") redirect(`${back}?hinweis=alreadyCancelled`);
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 text-lg">{t("text", { name: `${r.firstName} ${r.lastName}`, title: event.title })}</p>
      <p className="mb-2">{r.email ? t("mailNote") : t("noMailNote")}</p>
      {r.status === "confirmed" && <p className="mb-6">{t("promoteNote")}</p>}
      <form action={cancelParticipantAction} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="eventId" value={event.id} />
        <input type="hidden" name="registrationId" value={r.id} />
        <button type="submit" className="btn">{t("confirm")}</button>
        <Link href={`${back}#person-${r.id}`} className="inline-flex min-h-11 items-center">{t("back")}</Link>
      </form>
    </div>
  );
}
