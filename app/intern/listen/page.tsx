import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/intern/office/or-not-found";
import { listCatalog } from "@/lib/catalog-admin/catalog-queries";
import { catalogKinds, catalogPaths } from "@/lib/catalog-admin/catalog-schemas";
import { requireActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Listen – Interner Bereich" };

/** The office's lists: formats, topics, initiatives and venues (office only). */
export default async function ListsPage() {
  const actor = await requireActor("/intern/listen");
  const counts = await orNotFound(Promise.all(catalogKinds.map(async (kind) => ({ kind, count: (await listCatalog(actor, kind)).length }))));
  const t = await getTranslations("internOffice.lists");
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-prose">{t("intro")}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {counts.map(({ kind, count }) => (
          <li key={kind} className="border-2 border-line p-4">
            <h2 className="mb-2 text-xl font-bold">
              <Link href={`/intern/listen/${catalogPaths[kind]}`} className="inline-flex min-h-11 items-center">
                {t(`kinds.${kind}`)}
              </Link>
            </h2>
            <p className="mb-1">{t(`kindIntro.${kind}`)}</p>
            <p className="text-muted">{t("count", { count })}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
