import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientTexts } from "@/lib/i18n/client-texts";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { MailsTable } from "@/components/privacy/mails-table";
import { RegistrationEntry } from "@/components/privacy/registration-entry";
import { RequestLinkForm } from "@/components/privacy/request-link-form";
import { StoredData } from "@/components/privacy/stored-data";
import { selfServiceOverview } from "@/lib/privacy/self-service-overview";
import { selfServicePaths } from "@/lib/privacy/self-service-paths";
import { currentSelfService, hasSessionCookie } from "@/lib/privacy/self-service-session";
import type { SelfServiceSubject } from "@/lib/privacy/self-service-subject";
import { resendLinksAction, signOutAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.overview");
  // Personal once opened: never in search engines, never sent on as a referrer.
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

function Notice({ children, tone = "ok" }: { children: React.ReactNode; tone?: "ok" | "info" }) {
  return (
    <div role="status" className={`mb-6 border-l-8 ${tone === "ok" ? "border-ok" : "border-ink"} bg-soft p-4`}>
      <p className="font-semibold">{children}</p>
    </div>
  );
}

/** "Meine Daten": the request for a link, or (with a session) everything of that address. */
export default async function MeineDatenPage({ searchParams }: Props) {
  const query = await searchParams;
  const subject = await currentSelfService();
  if (subject) return <Overview subject={subject} links={query.links} />;
  const t = await getTranslations("privacy.request");
  const expired = await hasSessionCookie();
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      {query.verlassen === "1" && <Notice tone="info">{t("signedOut")}</Notice>}
      {query.verlassen !== "1" && expired && <Notice tone="info">{t("sessionEnded")}</Notice>}
      <p className="mb-4">{t("intro")}</p>
      <p className="mb-6">{t("howTo")}</p>
      <ClientTexts paths={["privacy.request"]}>
        <RequestLinkForm />
      </ClientTexts>
      <p className="mt-6">
        <Link href="/datenschutz#eigene-daten" className="inline-flex min-h-11 items-center">
          {t("privacyLink")}
        </Link>
      </p>
    </div>
  );
}

async function Overview({ subject, links }: { subject: SelfServiceSubject; links: string | string[] | undefined }) {
  const t = await getTranslations("privacy.overview");
  const locale = (await getLocale()) as Locale;
  const tStored = await getTranslations("privacy.stored");
  const { email, upcoming, past, mails } = await selfServiceOverview(subject);
  const all = [...upcoming, ...past];
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <div className="prose-text mb-6">
        <p className="mb-2">{t("signedInAs", { email })}</p>
        <p className="mb-3 text-sm text-muted">{t("sessionNote")}</p>
        <form action={signOutAction}>
          <button type="submit" className="btn btn-secondary">
            {t("signOut")}
          </button>
        </form>
      </div>

      <nav aria-labelledby="inhalt-der-seite" className="mb-8">
        <p id="inhalt-der-seite" className="font-semibold">
          {t("tocLabel")}
        </p>
        <ul className="list-disc pl-6">
          <li><a href="#kommende" className="inline-flex min-h-6 items-center">{t("upcomingHeading")}</a></li>
          <li><a href="#vergangene" className="inline-flex min-h-6 items-center">{t("pastHeading")}</a></li>
          <li><a href="#nachweis" className="inline-flex min-h-6 items-center">{t("trainingRecordHeading")}</a></li>
          <li><a href="#gespeichert" className="inline-flex min-h-6 items-center">{tStored("heading")}</a></li>
          <li><a href="#herunterladen" className="inline-flex min-h-6 items-center">{t("downloadHeading")}</a></li>
          <li><a href="#links" className="inline-flex min-h-6 items-center">{t("resendHeading")}</a></li>
          <li><a href="#loeschen" className="inline-flex min-h-6 items-center">{t("deleteHeading")}</a></li>
        </ul>
      </nav>

      {all.length === 0 && <p className="mb-8 font-semibold">{t("nothingStored")}</p>}

      <section aria-labelledby="kommende" className="mb-10">
        <h2 id="kommende" className="mb-2 text-2xl font-bold">
          {t("upcomingHeading")}
        </h2>
        {upcoming.length === 0 ? (
          <p>{t("upcomingNone")}</p>
        ) : (
          <ul>
            {upcoming.map((e) => (
              <RegistrationEntry key={e.row.id} entry={e} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="vergangene" className="mb-10">
        <h2 id="vergangene" className="mb-2 text-2xl font-bold">
          {t("pastHeading")}
        </h2>
        {past.length === 0 ? (
          <p>{t("pastNone")}</p>
        ) : (
          <ul>
            {past.map((e) => (
              <RegistrationEntry key={e.row.id} entry={e} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="nachweis" className="prose-text mb-10">
        <h2 id="nachweis" className="mb-2 text-2xl font-bold">
          {t("trainingRecordHeading")}
        </h2>
        <p className="mb-2">{t("trainingRecordText")}</p>
        <Link href={selfServicePaths.trainingRecord} prefetch={false} className="inline-flex min-h-11 items-center font-semibold">
          {t("trainingRecordLink")}
        </Link>
      </section>

      <section aria-labelledby="gespeichert" className="mb-10">
        <h2 id="gespeichert" className="mb-2 text-2xl font-bold">
          {tStored("heading")}
        </h2>
        <p className="prose-text mb-4">{tStored("intro")}</p>
        {all.map((e) => (
          <StoredData key={e.row.id} entry={e} />
        ))}
        <h3 className="mb-2 text-lg font-bold">{tStored("mailsHeading")}</h3>
        <MailsTable mails={mails} />
      </section>

      <section aria-labelledby="herunterladen" className="prose-text mb-10">
        <h2 id="herunterladen" className="mb-2 text-2xl font-bold">
          {t("downloadHeading")}
        </h2>
        <p className="mb-2">{t("downloadText")}</p>
        <a href={getPathname({ href: selfServicePaths.download, locale })} className="inline-flex min-h-11 items-center font-semibold" download>
          {t("downloadLink")}
        </a>
      </section>

      <section aria-labelledby="links" className="prose-text mb-10">
        <h2 id="links" className="mb-2 text-2xl font-bold">
          {t("resendHeading")}
        </h2>
        {links === "gesendet" && <Notice>{t("resent")}</Notice>}
        {links === "spaeter" && <Notice tone="info">{t("resendLimited")}</Notice>}
        <p className="mb-3">{t("resendText")}</p>
        <form action={resendLinksAction}>
          <button type="submit" className="btn btn-secondary">
            {t("resendButton")}
          </button>
        </form>
      </section>

      <section aria-labelledby="loeschen" className="prose-text mb-10">
        <h2 id="loeschen" className="mb-2 text-2xl font-bold">
          {t("deleteHeading")}
        </h2>
        <p className="mb-3">{t("deleteText")}</p>
        <Link href={selfServicePaths.confirmDelete} prefetch={false} className="btn">
          {t("deleteLink")}
        </Link>
      </section>
    </>
  );
}
