import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { renderStaffMail, type Block } from "./layout";

/**
 * Mails of the review workflow, to members of staff: the office hears of a submitted event, the
 * organisation hears that its event was published or sent back with a comment.
 */
export type ReviewMailInput = {
  /** The recipient's name, for the greeting. */
  name: string;
  /** Who did it. */
  author: string;
  organisation: string;
  title: string;
  /** The event's page in the signed-in area. */
  url: string;
};

function reviewMail(m: { subject: string; heading: string; intro: string; action: string }, input: ReviewMailInput, extra: Block[] = []): MailContent {
  const values = { author: input.author, organisation: input.organisation, title: input.title };
  return renderStaffMail({
    subject: fillMessage(m.subject, values),
    heading: m.heading,
    name: input.name,
    blocks: [{ kind: "paragraph", text: fillMessage(m.intro, values) }, ...extra, { kind: "link", text: m.action, url: input.url }],
  });
}

/** To the office's coordinators: a partner submitted an event for review. */
export function reviewSubmittedMail(input: ReviewMailInput): MailContent {
  return reviewMail(mail.reviewSubmitted, input);
}

/** To the organisation's staff: the event is published. */
export function reviewPublishedMail(input: ReviewMailInput): MailContent {
  return reviewMail(mail.reviewPublished, input);
}

/** To the organisation's staff: the office sent the event back, with what to change. */
export function reviewReturnedMail(input: ReviewMailInput & { comment: string }): MailContent {
  return reviewMail(mail.reviewReturned, input, [{ kind: "message", heading: mail.reviewReturned.comment, text: input.comment }]);
}

/** The same three steps for a change of a published event that waited for review (docs/event-review.md). */
export function changeSubmittedMail(input: ReviewMailInput): MailContent {
  return reviewMail(mail.changeSubmitted, input);
}

export function changeApprovedMail(input: ReviewMailInput): MailContent {
  return reviewMail(mail.changeApproved, input);
}

export function changeRejectedMail(input: ReviewMailInput & { comment: string }): MailContent {
  return reviewMail(mail.changeRejected, input, [{ kind: "message", heading: mail.changeRejected.comment, text: input.comment }]);
}
