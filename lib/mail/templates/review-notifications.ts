import type { MailContent } from "../outbox";
import { mailTexts, renderStaffMail, type Block } from "./layout";

/**
 * Mails of the review workflow, to members of staff (German): the office hears of a submitted event,
 * the organisation hears that its event was published or sent back with a comment.
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

type Kind = "reviewSubmitted" | "reviewPublished" | "reviewReturned" | "changeSubmitted" | "changeApproved" | "changeRejected";

function reviewMail(kind: Kind, input: ReviewMailInput, extra: Block[] = []): MailContent {
  const t = mailTexts("de");
  const values = { author: input.author, organisation: input.organisation, title: input.title };
  return renderStaffMail({
    subject: t(`${kind}.subject`, values),
    heading: t(`${kind}.heading`),
    name: input.name,
    blocks: [{ kind: "paragraph", text: t(`${kind}.intro`, values) }, ...extra, { kind: "link", text: t(`${kind}.action`), url: input.url }],
  });
}

/** To the office's coordinators: a partner submitted an event for review. */
export function reviewSubmittedMail(input: ReviewMailInput): MailContent {
  return reviewMail("reviewSubmitted", input);
}

/** To the organisation's staff: the event is published. */
export function reviewPublishedMail(input: ReviewMailInput): MailContent {
  return reviewMail("reviewPublished", input);
}

/** To the organisation's staff: the office sent the event back, with what to change. */
export function reviewReturnedMail(input: ReviewMailInput & { comment: string }): MailContent {
  return reviewMail("reviewReturned", input, [{ kind: "message", heading: mailTexts("de")("reviewReturned.comment"), text: input.comment }]);
}

/** The same three steps for a change of a published event that waited for review (docs/event-review.md). */
export function changeSubmittedMail(input: ReviewMailInput): MailContent {
  return reviewMail("changeSubmitted", input);
}

export function changeApprovedMail(input: ReviewMailInput): MailContent {
  return reviewMail("changeApproved", input);
}

export function changeRejectedMail(input: ReviewMailInput & { comment: string }): MailContent {
  return reviewMail("changeRejected", input, [{ kind: "message", heading: mailTexts("de")("changeRejected.comment"), text: input.comment }]);
}
