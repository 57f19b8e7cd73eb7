import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationManage } from "@/components/supervision/application-manage";
import { ManageCertificate } from "@/components/certificates/manage-certificate";
import { FeedbackInvitation } from "@/components/public/feedback-invitation";
import { ManageEditForm } from "@/components/registration/manage-edit-form";
import { formatDateTime, formatTimeRange } from "@/lib/dates/format";
import { eventPlace } from "@/components/events/event-place";
import { getRegistrationByToken } from "@/lib/registrations/queries";
import { answerKey } from "@/lib/registrations/schemas";
import { ClientTexts } from "@/lib/i18n/client-texts";
import type { Locale } from "@/lib/i18n/locales";
import { updateAction } from "./actions";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registration.manage");
  // A private page: never in search engines, its address never sent to other sites as a referrer
  // ("same-origin", not "no-referrer": with that, browsers post its forms with `Origin: null`, which
  // the cross-origin guard and Next.js refuse, so they would fail without JavaScript).
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-line py-2 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default async function ManageRegistrationPage({ params, searchParams }: Props) {
  const { token } = await params;
  const query = await searchParams;
  const data = await getRegistrationByToken(token);
  if (!data) notFound();
  // Applications for a supervision group have their own statuses and words.
  if (data.event.format.isSupervision)
    return (
      <>
        <ApplicationManage token={token} data={data} isNew={query.neu === "1"} withdrawn={query.abgesagt === "1"} />
        <FeedbackInvitation token={token} />
      </>
    );
  const t = await getTranslations("registration.manage");
  const locale = (await getLocale()) as Locale;
  const tEntry = await getTranslations("calendar.entry");
  const tFields = await getTranslations("registration.fields");
  const { registration: r, event, position, questions } = data;
  // Changes and cancellations make sense only until the event is over.
  const active = (r.status === "confirmed" || r.status === "waitlisted") && event.event.endsAt > new Date();
  const isNew = query.neu === "1" && active;
  // A place on the waiting list is not a seat: another colour, no calendar entry, other words.
  const waitlisted = r.status === "waitlisted";
  const hasSeat = r.status === "confirmed" && event.event.status !== "cancelled";
  const statusText = r.status === "waitlisted" ? t("status.waitlisted", { position: position ?? 1 }) : t(`status.${r.status}`);
  const place = eventPlace(
    { attendanceMode: event.event.attendanceMode, venueName: event.venue?.name ?? null, venueCity: event.venue?.city ?? null },
    { online: tEntry("online"), hybrid: (p) => tEntry("hybrid", { place: p }) },
  );

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      {isNew && (
        <div role="status" className={`mb-6 border-l-8 bg-soft p-4 ${waitlisted ? "border-warn" : "border-ok"}`} data-status={r.status}>
          <p className="text-xl font-bold">{r.status === "confirmed" ? t("newConfirmed") : t("newWaitlisted", { position: position ?? 1 })}</p>
          <p>{r.status === "confirmed" ? t("newConfirmedNext") : t("newWaitlistedNext")}</p>
        </div>
      )}
      {query.abgesagt === "1" && r.status === "cancelled" && (
        <div role="status" className="mb-6 border-l-8 border-ink bg-soft p-4">
          <p className="font-bold">{t("cancelledNotice")}</p>
        </div>
      )}
      <p className="prose-text mb-6 text-sm text-muted">{t("bookmark")}</p>
      <ManageCertificate registrationId={r.id} token={token} />
      <FeedbackInvitation token={token} />

      <section aria-labelledby="veranstaltung" className="mb-8">
        <h2 id="veranstaltung" className="mb-2 text-xl font-bold">
          {t("eventHeading")}
        </h2>
        <p className="text-lg font-semibold">{event.event.title}</p>
        {event.event.status === "cancelled" && <p className="font-bold">{t("eventCancelled")}</p>}
        <ul className="mb-2">
          {event.sessions.map((s) => (
            <li key={s.id}>
              <time dateTime={s.startsAt.toISOString()}>{formatTimeRange(s.startsAt, s.endsAt, locale)}</time>
            </li>
          ))}
        </ul>
        <p className="mb-2">{place}</p>
        {event.listed && (
          <p className="flex flex-wrap gap-x-6">
            <Link href={`/veranstaltungen/${event.event.slug}`} className="inline-flex min-h-11 items-center">
              {t("eventLink")}
            </Link>
            {hasSeat && (
              <a href={`/veranstaltungen/${event.event.slug}/kalender.ics`} className="inline-flex min-h-11 items-center" download>
                {t("ics")}
              </a>
            )}
          </p>
        )}
      </section>

      <section aria-labelledby="angaben" className="mb-8">
        <h2 id="angaben" className="mb-2 text-xl font-bold">
          {t("yourData")}
        </h2>
        <dl>
          <Row label={t("statusLabel")}>
            <strong>{statusText}</strong>
          </Row>
          <Row label={t("name")}>{`${r.firstName} ${r.lastName}`}</Row>
          <Row label={t("email")}>{r.email}</Row>
          <Row label={t("phone")}>{r.phone || t("noAnswer")}</Row>
          <Row label={t("initiative")}>{r.initiative || t("initiativeNone")}</Row>
          {r.accessibilityNeeds && <Row label={t("accessibilityNeeds")}>{r.accessibilityNeeds}</Row>}
          {questions.map((q) => {
            const v = r.answers[answerKey(q.id)];
            const shown = Array.isArray(v) ? v.join(", ") : v === "ja" ? tFields("yes") : v === "nein" ? tFields("no") : v;
            return (
              <Row key={q.id} label={q.label}>
                {shown || t("noAnswer")}
              </Row>
            );
          })}
          <Row label={t("registeredAt")}>{formatDateTime(r.createdAt, locale)}</Row>
        </dl>
      </section>

      {active && (
        <>
          <section aria-labelledby="aendern" className="prose-text mb-8">
            <h2 id="aendern" className="mb-2 text-xl font-bold">
              {t("editHeading")}
            </h2>
            <ClientTexts paths={["registration"]}>
              <ManageEditForm action={updateAction.bind(null, token)} questions={questions} phone={r.phone ?? ""} answers={r.answers} />
            </ClientTexts>
          </section>
          <section aria-labelledby="absagen" className="prose-text">
            <h2 id="absagen" className="mb-2 text-xl font-bold">
              {t("cancelHeading")}
            </h2>
            <p className="mb-3">{waitlisted ? t("cancelIntroWaitlisted") : t("cancelIntro")}</p>
            <Link href={`/anmeldung/${token}/absagen`} prefetch={false} className="btn btn-secondary">
              {waitlisted ? t("cancelButtonWaitlisted") : t("cancelButton")}
            </Link>
          </section>
        </>
      )}
    </>
  );
}
