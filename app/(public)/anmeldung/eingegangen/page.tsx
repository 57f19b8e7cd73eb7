import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registration.received");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/**
 * Where the registration and application forms lead: the same page for a new registration and for
 * an address that was already registered (see lib/registrations/paths.ts). It names nobody and
 * nothing the sender typed; the result and the private link go by mail.
 */
export default async function RequestReceivedPage({ searchParams }: Props) {
  const t = await getTranslations("registration.received");
  const application = (await searchParams).art === "bewerbung";
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{application ? t("applicationTitle") : t("registrationTitle")}</h1>
      <div role="status" className="mb-6 border-l-8 border-ok bg-soft p-4">
        <p className="text-xl font-bold">{application ? t("application") : t("registration")}</p>
        <p>{t("link")}</p>
      </div>
      <p>{t("noMail")}</p>
      <p className="mt-6">
        <Link href="/veranstaltungen" className="inline-flex min-h-11 items-center">
          {t("calendar")}
        </Link>
      </p>
    </div>
  );
}
