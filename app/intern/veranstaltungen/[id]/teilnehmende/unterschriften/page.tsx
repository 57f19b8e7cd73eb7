import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/intern/participants/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { placeLines, sessionLines } from "@/lib/mail/templates/layout";
import { participantsPath } from "@/lib/participants/paths";
import { signInSheet } from "@/lib/participants/sign-in-sheet";

export const metadata: Metadata = { title: "Unterschriftenliste – Interner Bereich" };

/** A printable sign-in sheet: the event's facts and a row per person with a seat to sign in. */
export default async function SignatureSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`${participantsPath(Number(id))}/unterschriften`);
  const sheet = await orNotFound(signInSheet(actor, Number(id)));
  const t = await getTranslations("internParticipants.sheet");
  const ts = await getTranslations("internSupervision.export");
  const { facts, participants } = sheet;
  const cell = "border border-ink px-2 py-3 text-left align-top";
  return (
    <div className="signature-sheet">
      <div className="no-print mb-4 border-l-8 border-ok bg-soft p-4">
        <p>{t("printHint")}</p>
        <p>
          <Link href={participantsPath(facts.event.id)} className="inline-flex min-h-11 items-center">{t("back")}</Link>
        </p>
      </div>
      {/* Membership of a supervision group is confidential: the printed sheet says so. */}
      {facts.format.isSupervision && <p className="mb-2 border-2 border-ink p-2 font-bold">{ts("confidentialNote")}</p>}
      <h1 className="text-2xl font-bold">{`${t("title")}: ${facts.event.title}`}</h1>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>{sessionLines(facts).map((line) => <div key={line}>{line}</div>)}</dd>
        <dt className="font-semibold">{t("where")}</dt>
        <dd>{placeLines(facts).join(", ")}</dd>
        <dt className="font-semibold">{t("organiser")}</dt>
        <dd>{facts.organisation.name}</dd>
      </dl>
      {participants.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse">
          <caption className="mb-2 text-left font-bold">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${cell} w-12`}>{t("colNumber")}</th>
              <th scope="col" className={cell}>{t("colName")}</th>
              <th scope="col" className={cell}>{t("colInitiative")}</th>
              <th scope="col" className={`${cell} w-2/5`}>{t("colSignature")}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p, i) => (
              <tr key={p.id} className="signature-row">
                <td className={cell}>{i + 1}</td>
                <th scope="row" className={`${cell} font-normal`}>{`${p.lastName}, ${p.firstName}`}</th>
                <td className={cell}>{p.initiative ?? ""}</td>
                <td className={cell} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
