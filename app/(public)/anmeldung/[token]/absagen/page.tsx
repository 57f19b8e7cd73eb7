import type { Metadata } from "next";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatTimeRange } from "@/lib/dates/format";
import { getRegistrationByToken } from "@/lib/registrations/queries";
import { withdrawableStatuses } from "@/lib/supervision/public-rules";
import { cancelAction } from "../actions";

type Props = { params: Promise<{ token: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registration.manage");
  return { title: t("cancelConfirmTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/** The one confirmation step before a cancellation, which cannot be undone. */
export default async function ConfirmCancelPage({ params }: Props) {
  const { token } = await params;
  const data = await getRegistrationByToken(token);
  if (!data) notFound();
  const locale = (await getLocale()) as Locale;
  const supervision = data.event.format.isSupervision;
  const active = (supervision ? withdrawableStatuses : ["confirmed", "waitlisted"]).includes(data.registration.status);
  if (!active || data.event.event.endsAt <= new Date()) redirect({ href: `/anmeldung/${token}`, locale });
  const t = await getTranslations("registration.manage");
  const tApplication = await getTranslations("supervision.manage");
  // An application is withdrawn (a member leaves); a registration is cancelled.
  const texts = supervision
    ? { title: tApplication("withdrawConfirmTitle"), text: tApplication("withdrawConfirmText"), confirm: tApplication("withdrawConfirmButton"), keep: tApplication("withdrawKeep") }
    : { title: t("cancelConfirmTitle"), text: data.registration.status === "waitlisted" ? t("cancelConfirmTextWaitlisted") : t("cancelConfirmText"), confirm: t("cancelConfirmButton"), keep: t("cancelKeep") };
  const first = data.event.sessions[0];
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{texts.title}</h1>
      <p className="mb-2 text-lg font-semibold">{data.event.event.title}</p>
      {first && <p className="mb-4">{formatTimeRange(first.startsAt, first.endsAt, locale)}</p>}
      <p className="mb-6">{texts.text}</p>
      <form action={cancelAction.bind(null, token)} className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn">
          {texts.confirm}
        </button>
        <Link href={`/anmeldung/${token}`} className="inline-flex min-h-11 items-center">
          {texts.keep}
        </Link>
      </form>
    </div>
  );
}
