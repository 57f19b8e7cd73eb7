import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientTexts } from "@/lib/i18n/client-texts";
import type { Locale } from "@/lib/i18n/locales";
import { Link, redirect } from "@/lib/i18n/navigation";
import { ConfirmDeleteForm } from "@/components/privacy/confirm-delete-form";
import { formatTimeRange } from "@/lib/dates/format";
import { selfServiceOverview } from "@/lib/privacy/self-service-overview";
import { selfServicePaths } from "@/lib/privacy/self-service-paths";
import { currentSelfService } from "@/lib/privacy/self-service-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.delete");
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/** The confirmation step of "Meine Daten löschen": what will happen, then a box and a button. */
export default async function ConfirmDeletePage() {
  const subject = await currentSelfService();
  const locale = (await getLocale()) as Locale;
  if (!subject) return redirect({ href: selfServicePaths.overview, locale });
  const t = await getTranslations("privacy.delete");
  const { upcoming } = await selfServiceOverview(subject);
  const live = upcoming.filter((e) => e.live);
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2">{t("intro")}</p>
      <ul className="mb-4 list-disc pl-6">
        <li>
          {t("cancelUpcoming")}
          {live.length > 0 ? (
            <>
              <span className="block">{t("upcomingList")}</span>
              <ul className="list-[circle] pl-6">
                {live.map((e) => {
                  const first = e.event.sessions[0];
                  return (
                    <li key={e.row.id}>
                      {e.event.event.title}
                      {first && `, ${formatTimeRange(first.startsAt, first.endsAt, locale)}`}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <span className="block">{t("noUpcoming")}</span>
          )}
        </li>
        <li>{t("removeData")}</li>
        <li>{t("keepNumbers")}</li>
        <li>{t("certificates")}</li>
      </ul>
      <p className="mb-6 font-bold">{t("final")}</p>
      <ClientTexts paths={["privacy.delete"]}>
        <ConfirmDeleteForm />
      </ClientTexts>
      <p className="mt-6">
        <Link href={selfServicePaths.overview} className="inline-flex min-h-11 items-center">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
