import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MessageForm } from "@/components/intern/participants/message-form";
import { SubpageHeading } from "@/components/intern/participants/subpage-heading";
import { orNotFound } from "@/components/intern/participants/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { messageAudience } from "@/lib/participants/message";
import { participantsPath } from "@/lib/participants/paths";
import { statusLabel } from "@/lib/participants/status-label";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Nachricht an Teilnehmende – Interner Bereich" };

export default async function MessageParticipantsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`${participantsPath(Number(id))}/nachricht`);
  const audience = await orNotFound(messageAudience(actor, Number(id)));
  const t = await getTranslations("internParticipants.message");
  const reachable = audience.people.filter((p) => p.email);
  const unreachable = audience.people.filter((p) => !p.email);
  const person = (p: (typeof audience.people)[number]) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, statusLabel: statusLabel(p.status, null) });
  return (
    <div className="max-w-2xl">
      <SubpageHeading eventId={audience.event.id} backLabel={t("back")} title={t("title")} eventTitle={audience.event.title} />
      <p className="prose-text mb-6">{t("intro")}</p>
      {unreachable.length > 0 && (
        <section aria-labelledby="nicht-erreichbar" className="mb-6 border-l-8 border-warn bg-soft p-4">
          <h2 id="nicht-erreichbar" className="font-bold">{t("unreachableHeading")}</h2>
          <p className="mb-2">{t("unreachableIntro")}</p>
          <ul className="list-disc pl-6">
            {unreachable.map((p) => (
              <li key={p.id}>{`${p.firstName} ${p.lastName}`}</li>
            ))}
          </ul>
        </section>
      )}
      <ClientMessages namespaces={["internParticipants", "common"]}>
        <MessageForm eventId={audience.event.id} counts={audience.counts} people={reachable.map(person)} />
      </ClientMessages>
    </div>
  );
}
