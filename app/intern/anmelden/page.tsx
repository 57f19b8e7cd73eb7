import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/intern/sign-in-form";
import { currentActor } from "@/lib/auth/session";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Anmelden – Interner Bereich" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const returnTo = typeof params.weiter === "string" ? params.weiter : "/intern";
  if (await currentActor()) redirect("/intern");
  const t = await getTranslations("intern");
  const notice = params.abgemeldet ? t("signIn.signedOut") : params.passwort ? t("signIn.passwordSet") : null;
  return (
    <div className="max-w-lg">
      <h1 className="mb-4 text-3xl font-bold">{t("signIn.title")}</h1>
      {notice && (
        <p role="status" className="mb-6 border-l-8 border-ok bg-soft p-4 font-semibold">
          {notice}
        </p>
      )}
      <p className="mb-6">{t("signIn.intro")}</p>
      <ClientMessages namespaces={["intern", "common"]}>
        <SignInForm returnTo={returnTo} />
      </ClientMessages>
      <p className="mt-6">
        <Link href="/intern/passwort-vergessen" className="inline-flex min-h-11 items-center">
          {t("signIn.forgot")}
        </Link>
      </p>
    </div>
  );
}
