import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Übersicht – Interner Bereich" };

export default async function InternOverviewPage() {
  const actor = await requireActor("/intern");
  const t = await getTranslations("intern");
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("overview.title")}</h1>
      <p className="mb-2 text-lg">{t("overview.welcome", { name: actor.name })}</p>
      <p className="mb-2">{t(`roles.${actor.role}`)} · {actor.organisationName}</p>
      <p>{t("overview.intro")}</p>
    </div>
  );
}
