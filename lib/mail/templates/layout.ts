import type { Locale } from "@/lib/i18n/locales";
import escapeHtml from "escape-html";
import type { MailAttachment } from "@/db/schema";
import { city } from "@/lib/config/city";
import { absoluteUrl } from "@/lib/config/env";
import { formatTimeRange } from "@/lib/dates/format";
import { buildCalendar, publicEventToIcsEvent, type IcsEvent } from "@/lib/events/ics";
import type { PublicEvent } from "@/lib/events/public-queries";
import { fillMessage } from "@/lib/i18n/fill-message";
import { isPersonName } from "@/lib/registrations/person-name";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";

/**
 * The one layout of every mail: a plain-text part and an HTML part with the same content, the
 * event's facts and the private manage link. Pure: templates pass everything in.
 *
 * The HTML is deliberately simple: tables and inline styles (what mail programs understand), the
 * city's accent colour, the system fonts, no images, nothing loaded from elsewhere. Every text
 * that comes from people or the database is escaped.
 */

/** What every mail about a registration gets. */
/** `locale`: the language the person registered in (registrations.locale); German when absent. */
export type MailInput = { firstName: string; event: PublicEvent; manageUrl: string; locale?: Locale };

/** A piece of a mail's body. */
export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; heading?: string; items: string[] }
  /** Text someone wrote (an organiser's message): line breaks are kept. */
  | { kind: "message"; heading?: string; text: string }
  | { kind: "link"; text: string; url: string };

export type MailParts = MailInput & {
  subject: string;
  heading: string;
  /** After the greeting, before the facts. */
  before: Block[];
  /** After the facts, before the manage link. */
  after?: Block[];
  attachments?: MailAttachment[];
};

const common = mail.common;
const fill = fillMessage;

const colors = { ink: "#1b1b1b", muted: "#505a5f", line: "#b1b4b6", soft: "#f3f2f1", accent: city.accentColor };
const fontStack = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

export function eventUrl(event: PublicEvent): string {
  return absoluteUrl(`/veranstaltungen/${event.event.slug}`);
}

/** All session dates, in the city's time zone: "Di., 3. Dez. 2026, 18:00–20:30 Uhr". */
export function sessionLines(event: Pick<PublicEvent, "sessions">): string[] {
  return event.sessions.map((s) => formatTimeRange(s.startsAt, s.endsAt));
}

/** Where the event happens, as lines: venue, room and address, or "Online". */
export function placeLines(event: Pick<PublicEvent, "event" | "venue">): string[] {
  const { venue } = event;
  const mode = event.event.attendanceMode;
  if (mode === "online" || !venue) return [common.online];
  const lines = [mode === "hybrid" ? fill(common.hybrid, { place: venue.name }) : venue.name];
  if (venue.room && !venue.name.includes(venue.room)) lines.push(venue.room);
  lines.push(`${venue.street}, ${venue.postalCode} ${venue.city}`);
  return lines;
}

type Fact = { label: string; lines: string[]; link?: { text: string; url: string } };

function eventFacts(event: PublicEvent): Fact[] {
  const where: Fact = { label: common.where, lines: placeLines(event) };
  if (event.event.attendanceMode !== "in_person" && event.event.onlineUrl) {
    where.link = { text: common.onlineLink, url: event.event.onlineUrl };
  }
  return [
    { label: common.title, lines: [event.event.title] },
    { label: common.when, lines: sessionLines(event) },
    where,
    { label: common.organiser, lines: [event.organisation.name] },
    { label: common.eventPage, lines: [], link: { text: eventUrl(event), url: eventUrl(event) } },
  ];
}

/** The .ics of the event as an attachment; `overrides` set e.g. a cancelled status or a higher SEQUENCE. */
export function calendarAttachment(event: PublicEvent, overrides: Partial<Pick<IcsEvent, "status" | "sequence">> = {}): MailAttachment {
  const calendar = buildCalendar([{ ...publicEventToIcsEvent(event), ...overrides }]);
  // The MIME type says method=PUBLISH; RFC 6047 wants the same METHOD inside the calendar.
  const content = /\r\nMETHOD:/.test(calendar) ? calendar : calendar.replace(/(\r\nPRODID:[^\r\n]*)/, "$1\r\nMETHOD:PUBLISH");
  return { filename: `${event.event.slug}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content };
}

/** The sentence that points to an attached calendar file. */
export function calendarNote(template: string, attachment: MailAttachment): Block {
  return { kind: "paragraph", text: fill(template, { filename: attachment.filename }) };
}

function questionsLine(event: PublicEvent): string {
  return event.organisation.email
    ? fill(common.questionsOrganiser, { organiser: event.organisation.name, email: event.organisation.email })
    : fill(common.questionsOffice, { office: city.office.name, email: city.office.email });
}

/**
 * "Guten Tag <name>," — only for a name that keeps to the name rule (lib/registrations/person-name):
 * a name stored before the rule, or entered elsewhere, could carry a link or text meant to look like
 * ours ("Guten Tag Bitte klicken: http://…"); such a mail greets without a name.
 */
function greeting(name: string): string {
  const trimmed = name.trim();
  return isPersonName(trimmed) ? fill(common.greeting, { firstName: trimmed }) : common.greetingNeutral;
}

// ---------------------------------------------------------------------------------------------
// Plain text

function underline(text: string): string {
  return `${text}\n${"-".repeat(text.length)}`;
}

function textBlock(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "list":
      return [block.heading, ...block.items.map((item) => `- ${item}`)].filter(Boolean).join("\n");
    case "message":
      return [block.heading, block.text.trim()].filter(Boolean).join("\n\n");
    case "link":
      return `${block.text}\n${block.url}`;
  }
}

function renderText(parts: MailParts): string {
  const facts = eventFacts(parts.event).map((fact) => {
    const values = [...fact.lines, ...(fact.link ? [fact.link.url] : [])];
    const indent = " ".repeat(fact.label.length + 2);
    return `${fact.label}: ${values.join(`\n${indent}`)}`;
  });
  const sections = [
    greeting(parts.firstName),
    ...parts.before.map(textBlock),
    [underline(common.factsHeading), ...facts].join("\n"),
    ...(parts.after ?? []).map(textBlock),
    [underline(common.manageHeading), common.manageText, parts.manageUrl, common.managePrivate].join("\n"),
    questionsLine(parts.event),
    `${common.signature}\n${city.office.name}`,
    `-- \n${common.footer}`,
  ];
  return `${sections.join("\n\n")}\n`;
}

// ---------------------------------------------------------------------------------------------
// HTML

const esc = (text: string) => escapeHtml(text);
const p = (html: string, style = "") => `<p style="margin:0 0 16px;${style}">${html}</p>`;
// Long addresses break anywhere: on a 320 px phone a link must wrap, not widen the mail.
const link = (text: string, url: string) => `<a href="${esc(url)}" style="color:${colors.accent};text-decoration:underline;word-break:break-all;overflow-wrap:anywhere;">${esc(text)}</a>`;

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return p(esc(block.text));
    case "list":
      return [
        block.heading ? p(`<strong>${esc(block.heading)}</strong>`, "margin-bottom:8px;") : "",
        `<ul style="margin:0 0 16px;padding-left:24px;">${block.items.map((item) => `<li style="margin:0 0 4px;">${esc(item)}</li>`).join("")}</ul>`,
      ].join("");
    case "message":
      return [
        block.heading ? p(`<strong>${esc(block.heading)}</strong>`, "margin-bottom:8px;") : "",
        `<div style="margin:0 0 16px;padding:12px 16px;border-left:4px solid ${colors.line};background:${colors.soft};">${esc(block.text.trim()).replace(/\r?\n/g, "<br>")}</div>`,
      ].join("");
    case "link":
      return p(`${esc(block.text)}<br>${link(block.url, block.url)}`);
  }
}

// One column on every screen: each fact is its label above its value, never two columns side by
// side that squeeze the value on a phone (the text part reads the same way).
function htmlFacts(event: PublicEvent): string {
  const rows = eventFacts(event)
    .map((fact) => {
      const values = [...fact.lines.map(esc), ...(fact.link ? [link(fact.link.text, fact.link.url)] : [])].join("<br>");
      return (
        `<tr><td valign="top" style="padding:8px 0;border-top:1px solid ${colors.line};">` +
        `<div style="font-weight:bold;">${esc(fact.label)}</div>` +
        `<div>${values}</div></td></tr>`
      );
    })
    .join("");
  return (
    `<h2 style="margin:24px 0 8px;font-size:18px;">${esc(common.factsHeading)}</h2>` +
    `<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;max-width:100%;border-collapse:collapse;margin:0 0 24px;font-size:16px;table-layout:fixed;">${rows}</table>`
  );
}

function htmlManage(manageUrl: string): string {
  return (
    `<div style="margin:0 0 24px;padding:16px;background:${colors.soft};border-left:4px solid ${colors.accent};">` +
    `<h2 style="margin:0 0 8px;font-size:18px;">${esc(common.manageHeading)}</h2>` +
    p(esc(common.manageText)) +
    `<p style="margin:0 0 16px;"><a href="${esc(manageUrl)}" style="display:inline-block;padding:12px 20px;background:${colors.accent};color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px;">${esc(common.manageLink)}</a></p>` +
    p(`${esc(manageUrl)}`, `font-size:14px;color:${colors.muted};word-break:break-all;`) +
    p(esc(common.managePrivate), `margin:0;font-size:14px;color:${colors.muted};`) +
    `</div>`
  );
}

function renderHtml(parts: MailParts): string {
  const brand = fill(common.brand, { programme: city.programmeName, city: city.name });
  const body = [
    p(esc(brand), `font-size:14px;color:${colors.muted};`),
    `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;hyphens:auto;">${esc(parts.heading)}</h1>`,
    p(esc(greeting(parts.firstName))),
    ...parts.before.map(htmlBlock),
    htmlFacts(parts.event),
    ...(parts.after ?? []).map(htmlBlock),
    htmlManage(parts.manageUrl),
    p(esc(questionsLine(parts.event))),
    p(`${esc(common.signature)}<br>${esc(city.office.name)}`),
    p(esc(common.footer), `margin:24px 0 0;padding-top:16px;border-top:1px solid ${colors.line};font-size:14px;color:${colors.muted};`),
  ].join("\n");
  return htmlDocument(parts.subject, body);
}

/** The frame around every HTML mail: the city's accent line, one white column, the system fonts. */
function htmlDocument(subject: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(subject)}</title>
</head>
<body style="margin:0;padding:0;background:${colors.soft};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${colors.soft};">
<tr><td align="center" style="padding:16px 0;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-top:6px solid ${colors.accent};">
<tr><td style="padding:24px 16px;font-family:${fontStack};font-size:16px;line-height:1.5;color:${colors.ink};overflow-wrap:anywhere;word-break:break-word;">
${body}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

/** Builds subject, text and HTML of a mail from its parts. */
export function renderMail(parts: MailParts): MailContent {
  return {
    subject: parts.subject,
    text: renderText(parts),
    html: renderHtml(parts),
    ...(parts.attachments?.length ? { attachments: parts.attachments } : {}),
  };
}

/** A mail to a member of staff (an invitation, a password reset): no event facts, no manage link. */
export type StaffMailParts = { subject: string; heading: string; name: string; blocks: Block[] };

export function renderStaffMail(parts: StaffMailParts): MailContent {
  const signature = `${common.signature}\n${city.office.name}`;
  const text = [greeting(parts.name), ...parts.blocks.map(textBlock), signature, `-- \n${common.footer}`].join("\n\n") + "\n";
  const body = [
    p(esc(fill(common.brand, { programme: city.programmeName, city: city.name })), `font-size:14px;color:${colors.muted};`),
    `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;hyphens:auto;">${esc(parts.heading)}</h1>`,
    p(esc(greeting(parts.name))),
    ...parts.blocks.map(htmlBlock),
    p(`${esc(common.signature)}<br>${esc(city.office.name)}`),
    p(esc(common.footer), `margin:24px 0 0;padding-top:16px;border-top:1px solid ${colors.line};font-size:14px;color:${colors.muted};`),
  ].join("\n");
  return { subject: parts.subject, text, html: htmlDocument(parts.subject, body) };
}
