import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DuplicateForm } from "@/components/intern/events/duplicate-form";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { managedEventTitle } from "@/lib/event-admin/event-list-query";

export const metadata: Metadata = { title: "Veranstaltung duplizieren – Interner Bereich" };

export default async function DuplicateEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/intern/veranstaltungen/${id}/duplizieren`);
  let title: string | null;
  try {
    title = await managedEventTitle(actor, Number(id));
  } catch (e) {
    if (e instanceof AccessDenied) notFound();
    throw e;
  }
  if (!title) notFound();
  const t = await getTranslations("internEvents");
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/intern/veranstaltungen" className="inline-flex min-h-11 items-center">
          {t("form.back")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t("duplicate.title")}</h1>
      <p className="mb-6">{t("duplicate.intro", { title })}</p>
      <DuplicateForm eventId={Number(id)} />
    </div>
  );
}
