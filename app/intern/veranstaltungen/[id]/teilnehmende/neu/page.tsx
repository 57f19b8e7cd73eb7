import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddParticipantForm } from "@/components/intern/participants/add-participant-form";
import { SubpageHeading } from "@/components/intern/participants/subpage-heading";
import { orNotFound } from "@/components/intern/participants/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { eventForActor } from "@/lib/event-admin/event-access";
import { participantsPath } from "@/lib/participants/paths";
import { listActiveInitiatives } from "@/lib/registrations/queries";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Person eintragen – Interner Bereich" };

export default async function AddParticipantPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`${participantsPath(Number(id))}/neu`);
  const event = await orNotFound(eventForActor(actor, Number(id)));
  const [t, initiatives] = await Promise.all([getTranslations("internParticipants.add"), listActiveInitiatives()]);
  return (
    <div className="max-w-2xl">
      <SubpageHeading eventId={event.id} backLabel={t("back")} title={t("title")} eventTitle={event.title} />
      <p className="prose-text mb-6">{t("intro")}</p>
      <ClientMessages namespaces={["internParticipants", "common"]}>
        <AddParticipantForm eventId={event.id} initiatives={initiatives} />
      </ClientMessages>
    </div>
  );
}
