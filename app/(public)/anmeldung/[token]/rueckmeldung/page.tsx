import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FeedbackForm } from "@/components/public/feedback-form";
import { feedbackStateForToken } from "@/lib/feedback/queries";
import { ClientTexts } from "@/lib/i18n/client-texts";
import { submitFeedbackAction } from "./actions";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.form");
  // A private page: never in search engines, and its address (with the token) never goes to another
  // site as a referrer. "same-origin" rather than the manage page's "no-referrer": under
  // "no-referrer" browsers post forms with "Origin: null", which the proxy refuses as cross-origin,
  // so the form would not work without JavaScript.
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/** The anonymous feedback after an event, reached from the certificate mail and the manage page. */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { danke } = await searchParams;
  const found = await feedbackStateForToken(token);
  if (!found) notFound();
  const t = await getTranslations("feedback");
  const back = (
    <p className="mt-6">
      <Link href={`/anmeldung/${token}`} className="inline-flex min-h-11 items-center">
        {t("form.backToRegistration")}
      </Link>
    </p>
  );

  if (found.state !== "open") {
    const key = found.state === "given" ? (danke === "1" ? "thanks" : "given") : found.state === "not_closed" ? "notClosed" : "notAttended";
    return (
      <div className="prose-text">
        <h1 className="mb-4 text-2xl font-bold hyphens-auto break-words sm:text-3xl">{t(`state.${key}Title`)}</h1>
        <p role={key === "thanks" ? "status" : undefined} className={key === "thanks" ? "border-l-8 border-ok bg-soft p-4" : undefined}>
          {t(`state.${key}Text`)}
        </p>
        {back}
      </div>
    );
  }

  return (
    <div className="prose-text">
      <h1 className="mb-4 text-2xl font-bold hyphens-auto break-words sm:text-3xl">{t("form.title")}</h1>
      <p className="mb-2">{t("form.intro", { title: found.eventTitle })}</p>
      <p className="mb-6 font-semibold">{t("form.anonymous")}</p>
      <ClientTexts paths={["feedback.form", "feedback.errors"]}>
        <FeedbackForm action={submitFeedbackAction.bind(null, token)} />
      </ClientTexts>
      {back}
    </div>
  );
}
