import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DetailSection } from "@/components/intern/workflow/detail-section";
import { EventDetailFacts } from "@/components/intern/workflow/event-detail-facts";
import { EventPreviewSection } from "@/components/intern/workflow/event-preview";
import { EventWorkflowSection } from "@/components/intern/workflow/event-workflow-section";
import { RevisionDiffTable } from "@/components/intern/workflow/revision-diff-table";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { getEventDetail, type EventDetail } from "@/lib/event-admin/detail";
import { getEventPreview, type EventPreview } from "@/lib/event-admin/review-preview";
import { formatDateTime } from "@/lib/dates/format";
import { isSupervisionGroup } from "@/lib/supervision/group-access";
import { feedbackResultsPath } from "@/lib/feedback/paths";
import { mayReadFeedback } from "@/lib/feedback/results";
import { attendancePath } from "@/lib/attendance/paths";
import { applicationsPath } from "@/lib/supervision/group-paths";
import { workflowActions, type WorkflowAction } from "@/lib/event-admin/workflow-rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("internWorkflow.detail");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EventDetailPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/intern/veranstaltungen/${id}`);
  let detail: EventDetail;
  let supervision: boolean;
  let preview: EventPreview | null;
  try {
    detail = await getEventDetail(actor, Number(id));
    supervision = await isSupervisionGroup(actor, Number(id));
    // Before publication (a draft, under review) or with a change waiting: what the office would publish, in full.
    const reviewing = detail.event.status === "draft" || detail.event.status === "in_review" || detail.changeDiff.length > 0;
    preview = reviewing ? await getEventPreview(actor, Number(id)) : null;
  } catch (e) {
    if (e instanceof AccessDenied) notFound();
    throw e;
  }
  const t = await getTranslations("internWorkflow");
  const ts = await getTranslations("internSupervision.detail");
  const { erledigt } = await searchParams;
  const done = workflowActions.find((a): a is WorkflowAction => a === erledigt);
  const { event } = detail;
  const base = `/intern/veranstaltungen/${event.id}`;
  const multiSession = detail.sessions.length > 1;
  // The everyday work first, as buttons: the people, the check-in (or, with several dates, the
  // attendance per date), the editor. Cancelling is a quiet link to its own confirmation page.
  const mainActions = [
    { href: `${base}/teilnehmende`, label: t("detail.participants"), primary: true },
    multiSession ? { href: attendancePath(event.id), label: ts("attendance"), primary: true } : { href: `${base}/check-in`, label: t("detail.checkIn"), primary: true },
    { href: `${base}/bearbeiten`, label: t("detail.edit"), primary: false },
  ];
  const links = [
    // Attendance per session, closing it and the certificates: every event.
    ...(multiSession ? [] : [{ href: attendancePath(event.id), label: ts("attendance") }]),
    // A supervision group: applications to decide on.
    ...(supervision ? [{ href: applicationsPath(event.id), label: ts("applications") }] : []),
    // Anonymous feedback: for a supervision group the office's only.
    ...(mayReadFeedback(actor, supervision) ? [{ href: feedbackResultsPath(event.id), label: (await getTranslations("feedback.results"))("link") }] : []),
    { href: `${base}/duplizieren`, label: t("detail.duplicate") },
    ...(detail.listed ? [{ href: `/veranstaltungen/${event.slug}`, label: t("detail.publicPage") }] : []),
  ];

  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/intern/veranstaltungen" className="inline-flex min-h-11 items-center">
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{event.title}</h1>
      <p className="mb-6">
        {t("detail.statusLabel")}: <strong data-testid="event-status">{t(`status.${event.status}`)}</strong>
      </p>
      <nav aria-labelledby="aufgaben" className="mb-6">
        <h2 id="aufgaben" className="sr-only">
          {t("detail.mainActions")}
        </h2>
        <ul className="flex flex-wrap gap-3">
          {mainActions.map((a) => (
            <li key={a.href} className="flex-1 basis-40 sm:flex-none">
              <Link href={a.href} className={`btn w-full text-lg no-underline ${a.primary ? "" : "btn-secondary border-2 border-accent"}`}>
                {a.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div aria-live="polite">
        {done && (
          <p role="status" className="mb-6 border-l-8 border-ok bg-soft p-4 font-semibold">
            {t(`detail.done.${done}`)}
          </p>
        )}
      </div>
      {event.status === "draft" && event.reviewComment && (
        <div className="mb-6 border-l-8 border-accent bg-soft p-4">
          <h2 className="mb-2 text-xl font-bold">{t("detail.reviewCommentHeading")}</h2>
          <p className="mb-2">{t("detail.reviewCommentIntro")}</p>
          <p className="whitespace-pre-line">{event.reviewComment}</p>
        </div>
      )}
      {event.status === "published" && detail.changeDiff.length > 0 && (
        <section aria-labelledby="aenderung" className="mb-6 border-l-8 border-accent bg-soft p-4" data-testid="change-waiting">
          <h2 id="aenderung" className="mb-2 text-xl font-bold">
            {t("detail.changeWaitingHeading")}
          </h2>
          <p className="mb-2">{t("detail.changeWaitingIntro")}</p>
          {event.pendingRevision && <p className="mb-2">{t("detail.changeSubmittedAt", { date: formatDateTime(new Date(event.pendingRevision.submittedAt)) })}</p>}
          <RevisionDiffTable rows={detail.changeDiff} />
        </section>
      )}
      {event.status === "published" && detail.changeDiff.length === 0 && event.reviewComment && (
        <div className="mb-6 border-l-8 border-accent bg-soft p-4">
          <h2 className="mb-2 text-xl font-bold">{t("detail.changeRejectedHeading")}</h2>
          <p className="mb-2">{t("detail.changeRejectedIntro")}</p>
          <p className="whitespace-pre-line">{event.reviewComment}</p>
        </div>
      )}
      {event.status === "cancelled" && (
        <div className="mb-6 border-l-8 border-accent bg-soft p-4">
          <h2 className="mb-2 text-xl font-bold">{t("detail.cancellationHeading")}</h2>
          {event.cancellationReason && <p className="whitespace-pre-line">{t("detail.cancellationReason", { reason: event.cancellationReason })}</p>}
        </div>
      )}
      <EventDetailFacts detail={detail} />
      {preview && <EventPreviewSection preview={preview} note={detail.changeDiff.length > 0 ? t("detail.previewProposedNote") : undefined} />}
      <DetailSection as="nav" id="weiter" title={t("detail.moreLinks")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="inline-flex min-h-11 items-center">
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </DetailSection>
      <EventWorkflowSection detail={detail} />
    </div>
  );
}
