import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ManageCertificate } from "@/components/certificates/manage-certificate";
import { formatDateTime } from "@/lib/dates/format";
import type { ManagedRegistration } from "@/lib/registrations/queries";
import { withdrawableStatuses } from "@/lib/supervision/public-rules";
import { FactRow } from "./fact-row";
import { GroupFacts } from "./group-facts";

/**
 * The private manage page of an application for a supervision group: the group, the status in
 * plain words, the person's own data, and the way to withdraw (or leave the group).
 */
export async function ApplicationManage({ token, data, isNew, withdrawn }: { token: string; data: ManagedRegistration; isNew: boolean; withdrawn: boolean }) {
  const t = await getTranslations("supervision.manage");
  const tReg = await getTranslations("registration.manage");
  const { registration: r, event } = data;
  const now = new Date();
  const canWithdraw = withdrawableStatuses.includes(r.status) && event.event.endsAt > now;
  const member = r.status === "confirmed";
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      {isNew && r.status === "applied" && (
        <div role="status" className="mb-6 border-l-8 border-ok bg-soft p-4">
          <p className="text-xl font-bold">{t("newApplied")}</p>
          <p>{t("newAppliedNext")}</p>
        </div>
      )}
      {withdrawn && r.status === "cancelled" && (
        <div role="status" className="mb-6 border-l-8 border-ink bg-soft p-4">
          <p className="font-bold">{t("withdrawnNotice")}</p>
        </div>
      )}
      <p className="prose-text mb-6 text-sm text-muted">{tReg("bookmark")}</p>
      <ManageCertificate registrationId={r.id} token={token} />
      <section aria-labelledby="gruppe" className="mb-8">
        <h2 id="gruppe" className="mb-2 text-xl font-bold">
          {t("groupHeading")}
        </h2>
        <p className="text-lg font-semibold">{event.event.title}</p>
        {event.event.status === "cancelled" && <p className="font-bold">{tReg("eventCancelled")}</p>}
        <GroupFacts group={event} now={now} />
        {event.listed && (
          <p>
            <Link href={`/supervision/${event.event.slug}`} className="inline-flex min-h-11 items-center">
              {t("groupLink")}
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="angaben" className="mb-8">
        <h2 id="angaben" className="mb-2 text-xl font-bold">
          {tReg("yourData")}
        </h2>
        <dl>
          <FactRow compact label={tReg("statusLabel")}>
            <strong>{t(`status.${r.status}`)}</strong>
          </FactRow>
          <FactRow compact label={tReg("name")}>{`${r.firstName} ${r.lastName}`}</FactRow>
          <FactRow compact label={tReg("email")}>{r.email}</FactRow>
          <FactRow compact label={tReg("phone")}>{r.phone || tReg("noAnswer")}</FactRow>
          <FactRow compact label={tReg("initiative")}>{r.initiative || tReg("initiativeNone")}</FactRow>
          <FactRow compact label={t("appliedAt")}>{formatDateTime(r.createdAt)}</FactRow>
        </dl>
      </section>
      {canWithdraw && (
        <section aria-labelledby="zurueckziehen" className="prose-text">
          <h2 id="zurueckziehen" className="mb-2 text-xl font-bold">
            {member ? t("leaveButton") : t("withdrawHeading")}
          </h2>
          <p className="mb-3">{member ? t("leaveIntro") : t("withdrawIntro")}</p>
          <Link href={`/anmeldung/${token}/absagen`} prefetch={false} className="btn btn-secondary">
            {member ? t("leaveButton") : t("withdrawButton")}
          </Link>
        </section>
      )}
    </>
  );
}
