import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { feedbackFormPath } from "@/lib/feedback/paths";
import { feedbackStateForToken } from "@/lib/feedback/queries";

/**
 * On the manage page: an invitation to give feedback once the person may, or a thank-you once they
 * did. Nothing while feedback is not possible (attendance open, or the person did not attend).
 */
export async function FeedbackInvitation({ token }: { token: string }) {
  const found = await feedbackStateForToken(token);
  if (!found || (found.state !== "open" && found.state !== "given")) return null;
  const t = await getTranslations("feedback.invitation");
  if (found.state === "given") {
    return (
      <p role="status" className="mb-6 border-l-8 border-ok bg-soft p-4 font-semibold">
        {t("thanks")}
      </p>
    );
  }
  return (
    <section aria-labelledby="rueckmeldung" className="prose-text mb-8 border-l-8 border-accent bg-soft p-4">
      <h2 id="rueckmeldung" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-3">{t("text")}</p>
      <Link href={feedbackFormPath(token)} prefetch={false} className="btn">
        {t("link")}
      </Link>
    </section>
  );
}
