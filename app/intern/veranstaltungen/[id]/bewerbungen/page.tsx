import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ApplicationCard } from "@/components/intern/supervision/application-card";
import { ApplicationDecisions } from "@/components/intern/supervision/application-decisions";
import { ApplicationNotice } from "@/components/intern/supervision/application-notice";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/format";
import { applicationGroups, listApplications, type ApplicationList } from "@/lib/supervision/applications-query";
import { applicationsPath } from "@/lib/supervision/group-paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("internSupervision.applications");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The applications to a supervision group, grouped, with the organiser's decisions. */
export default async function ApplicationsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { hinweis } = await searchParams;
  const actor = await requireActor(applicationsPath(Number(id)));
  let list: ApplicationList;
  try {
    list = await listApplications(actor, Number(id));
  } catch (e) {
    if (e instanceof AccessDenied) notFound();
    throw e;
  }
  const t = await getTranslations("internSupervision.applications");
  const { group, counts, nextWaiting } = list;
  const full = counts.freePlaces === 0;
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/intern/veranstaltungen/${group.id}`} className="inline-flex min-h-11 items-center">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{`${t("title")}: ${group.title}`}</h1>
      <p className="mb-6 border-l-8 border-accent bg-soft p-4">{t("confidential")}</p>
      <div aria-live="polite">
        <ApplicationNotice notice={typeof hinweis === "string" ? hinweis : undefined} />
      </div>
      <section aria-labelledby="gruppe" className="mb-6">
        <h2 id="gruppe" className="text-xl font-bold">{t("factsHeading")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4" data-testid="group-figures">
          <dt className="font-semibold">{t("sizeLimit")}</dt>
          <dd>{group.capacity}</dd>
          <dt className="font-semibold">{t("members")}</dt>
          <dd>{counts.members}</dd>
          <dt className="font-semibold">{t("waiting")}</dt>
          <dd>{counts.waiting}</dd>
          <dt className="font-semibold">{t("newCount")}</dt>
          <dd>{counts.applied}</dd>
        </dl>
        {full ? <p className="mt-2 font-semibold">{t("full")}</p> : <p className="mt-2">{t("placesFree", { count: counts.freePlaces })}</p>}
      </section>
      {nextWaiting && (
        <section aria-labelledby="platz-frei" className="mb-6 border-l-8 border-ok bg-soft p-4">
          <h2 id="platz-frei" className="text-xl font-bold">{t("placeFree")}</h2>
          <p>{t("offerNext", { name: `${nextWaiting.firstName} ${nextWaiting.lastName}`, date: formatDateTime(nextWaiting.appliedAt) })}</p>
          <ApplicationDecisions eventId={group.id} application={nextWaiting} full={false} acceptOnly />
        </section>
      )}
      {applicationGroups.map((key) => {
        const people = list.applications.filter((a) => a.group === key);
        return (
          <section key={key} aria-labelledby={`gruppe-${key}`} className="mb-6">
            <h2 id={`gruppe-${key}`} className="mb-2 text-xl font-bold">{`${t(`groups.${key}`)} (${people.length})`}</h2>
            {people.length === 0 ? (
              <p>{t("empty")}</p>
            ) : (
              <ul>
                {people.map((a) => (
                  <ApplicationCard key={a.id} eventId={group.id} application={a} full={full} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
