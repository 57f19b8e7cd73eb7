import escapeHtml from "escape-html";
import type { MailAttachment } from "@/db/schema";
import { city } from "@/lib/config/city";
import { absoluteUrl } from "@/lib/config/env";
import { formatTimeRange } from "@/lib/dates/format";
import { buildCalendar, publicEventToIcsEvent, type IcsEvent } from "@/lib/events/ics";
import type { PublicEventContent } from "@/lib/events/public-queries";
import { isTranslatablePath, localePath } from "@/lib/i18n/locale-routing";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { isPersonName } from "@/lib/registrations/person-name";
import type { MailContent } from "../outbox";
import { eventPart } from "./event-parts-cache";

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
export type MailInput = { firstName: string; event: PublicEventContent; manageUrl: string; locale?: Locale };

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

export type MailTexts = ReturnType<typeof translator<"mail">>;
const textsByLocale = new Map<Locale, MailTexts>();

/**
 * The mail catalogue in a language; a mail without a language is German (office mails always are).
 * One translator per language: a mail asks for it several times, a job renders hundreds of mails.
 */
export function mailTexts(locale: Locale = defaultLocale): MailTexts {
  let t = textsByLocale.get(locale);
  if (!t) textsByLocale.set(locale, (t = translator(locale, "mail")));
  return t;
}

/**
 * The event's title in a language: the English title where the organiser entered one
 * (events.title_en), the German title otherwise. `titleEn` is optional so that any event shape fits.
 */
export function eventTitle(event: { title: string; titleEn?: string | null }, locale: Locale = defaultLocale): string {
  return (locale === "en" && event.titleEn?.trim()) || event.title;
}

/**
 * A link of ours in the mail's language: an English mail points to the /en twin of a public page
 * (a PDF or other file keeps its address, it has no twin). Links elsewhere stay as they are.
 */
export function localizedUrl(url: string, locale: Locale = defaultLocale): string {
  if (locale === defaultLocale) return url;
  const origin = absoluteUrl("/").replace(/\/$/, "");
  if (!url.startsWith(`${origin}/`)) return url;
  const rest = url.slice(origin.length);
  const path = rest.replace(/[?#].*$/, "");
  return isTranslatablePath(path) ? `${origin}${localePath(locale, path)}${rest.slice(path.length)}` : url;
}

const colors = { ink: "#1b1b1b", muted: "#505a5f", line: "#b1b4b6", soft: "#f3f2f1", accent: city.accentColor };
const fontStack = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

export function eventUrl(event: PublicEventContent, locale: Locale = defaultLocale): string {
  return absoluteUrl(localePath(locale, `/veranstaltungen/${event.event.slug}`));
}

/** All session dates, in the city's time zone: "Di., 3. Dez. 2026, 18:00–20:30 Uhr" / "Tue 3 Dec 2026, 18:00–20:30". */
export function sessionLines(event: Pick<PublicEventContent, "sessions">, locale: Locale = defaultLocale): string[] {
  return event.sessions.map((s) => formatTimeRange(s.startsAt, s.endsAt, locale));
}

/** Where the event happens, as lines: venue, room and address, or "Online". */
export function placeLines(event: Pick<PublicEventContent, "event" | "venue">, locale: Locale = defaultLocale): string[] {
  const t = mailTexts(locale);
  const { venue } = event;
  const mode = event.event.attendanceMode;
  if (mode === "online" || !venue) return [t("common.online")];
  const lines = [mode === "hybrid" ? t("common.hybrid", { place: venue.name }) : venue.name];
  if (venue.room && !venue.name.includes(venue.room)) lines.push(venue.room);
  lines.push(`${venue.street}, ${venue.postalCode} ${venue.city}`);
  return lines;
}

type Fact = { label: string; lines: string[]; link?: { text: string; url: string } };

function eventFacts(event: PublicEventContent, locale: Locale): Fact[] {
  const t = mailTexts(locale);
  const where: Fact = { label: t("common.where"), lines: placeLines(event, locale) };
  if (event.event.attendanceMode !== "in_person" && event.event.onlineUrl) {
    where.link = { text: t("common.onlineLink"), url: event.event.onlineUrl };
  }
  const page = eventUrl(event, locale);
  return [
    { label: t("common.title"), lines: [eventTitle(event.event, locale)] },
    { label: t("common.when"), lines: sessionLines(event, locale) },
    where,
    { label: t("common.organiser"), lines: [event.organisation.name] },
    { label: t("common.eventPage"), lines: [], link: { text: page, url: page } },
  ];
}

/**
 * The .ics of the event as an attachment, in the mail's language; `overrides` set e.g. a cancelled
 * status or a higher SEQUENCE.
 */
export function calendarAttachment(
  event: PublicEventContent,
  overrides: Partial<Pick<IcsEvent, "status" | "sequence">> = {},
  locale: Locale = defaultLocale,
): MailAttachment {
  const calendar = buildCalendar([{ ...publicEventToIcsEvent(event), ...overrides }], { locale });
  // The MIME type says method=PUBLISH; RFC 6047 wants the same METHOD inside the calendar.
  const content = /\r\nMETHOD:/.test(calendar) ? calendar : calendar.replace(/(\r\nPRODID:[^\r\n]*)/, "$1\r\nMETHOD:PUBLISH");
  return { filename: `${event.event.slug}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content };
}

function questionsLine(event: PublicEventContent, t: MailTexts): string {
  return event.organisation.email
    ? t("common.questionsOrganiser", { organiser: event.organisation.name, email: event.organisation.email })
    : t("common.questionsOffice", { office: city.office.name, email: city.office.email });
}

/**
 * "Guten Tag <name>," — only for a name that keeps to the name rule (lib/registrations/person-name):
 * a name stored before the rule, or entered elsewhere, could carry a link or text meant to look like
 * ours ("Guten Tag Bitte klicken: http://…"); such a mail greets without a name.
 */
function greeting(name: string, t: MailTexts): string {
  const trimmed = name.trim();
  return isPersonName(trimmed) ? t("common.greeting", { firstName: trimmed }) : t("common.greetingNeutral");
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

function textFacts(event: PublicEventContent, t: MailTexts, locale: Locale): string {
  const facts = eventFacts(event, locale).map((fact) => {
    const values = [...fact.lines, ...(fact.link ? [fact.link.url] : [])];
    const indent = " ".repeat(fact.label.length + 2);
    return `${fact.label}: ${values.join(`\n${indent}`)}`;
  });
  return [underline(t("common.factsHeading")), ...facts].join("\n");
}

function renderText(parts: MailParts, t: MailTexts, locale: Locale): string {
  const sections = [
    greeting(parts.firstName, t),
    ...parts.before.map(textBlock),
    eventPart(parts.event, `text-facts:${locale}`, () => textFacts(parts.event, t, locale)),
    ...(parts.after ?? []).map(textBlock),
    [underline(t("common.manageHeading")), t("common.manageText"), parts.manageUrl, t("common.managePrivate")].join("\n"),
    eventPart(parts.event, `questions:${locale}`, () => questionsLine(parts.event, t)),
    `${t("common.signature")}\n${city.office.name}`,
    `-- \n${t("common.footer")}`,
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
function htmlFacts(event: PublicEventContent, t: MailTexts, locale: Locale): string {
  const rows = eventFacts(event, locale)
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
    `<h2 style="margin:24px 0 8px;font-size:18px;">${esc(t("common.factsHeading"))}</h2>` +
    `<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;max-width:100%;border-collapse:collapse;margin:0 0 24px;font-size:16px;table-layout:fixed;">${rows}</table>`
  );
}

function htmlManage(manageUrl: string, t: MailTexts): string {
  return (
    `<div style="margin:0 0 24px;padding:16px;background:${colors.soft};border-left:4px solid ${colors.accent};">` +
    `<h2 style="margin:0 0 8px;font-size:18px;">${esc(t("common.manageHeading"))}</h2>` +
    p(esc(t("common.manageText"))) +
    `<p style="margin:0 0 16px;"><a href="${esc(manageUrl)}" style="display:inline-block;padding:12px 20px;background:${colors.accent};color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px;">${esc(t("common.manageLink"))}</a></p>` +
    p(`${esc(manageUrl)}`, `font-size:14px;color:${colors.muted};word-break:break-all;`) +
    p(esc(t("common.managePrivate")), `margin:0;font-size:14px;color:${colors.muted};`) +
    `</div>`
  );
}

function renderHtml(parts: MailParts, t: MailTexts, locale: Locale): string {
  const brand = t("common.brand", { programme: city.programmeName, city: city.name });
  const body = [
    p(esc(brand), `font-size:14px;color:${colors.muted};`),
    `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;hyphens:auto;">${esc(parts.heading)}</h1>`,
    p(esc(greeting(parts.firstName, t))),
    ...parts.before.map(htmlBlock),
    eventPart(parts.event, `html-facts:${locale}`, () => htmlFacts(parts.event, t, locale)),
    ...(parts.after ?? []).map(htmlBlock),
    htmlManage(parts.manageUrl, t),
    p(esc(eventPart(parts.event, `questions:${locale}`, () => questionsLine(parts.event, t)))),
    p(`${esc(t("common.signature"))}<br>${esc(city.office.name)}`),
    p(esc(t("common.footer")), `margin:24px 0 0;padding-top:16px;border-top:1px solid ${colors.line};font-size:14px;color:${colors.muted};`),
  ].join("\n");
  return htmlDocument(parts.subject, body, locale);
}

/** The frame around every HTML mail: the city's accent line, one white column, the system fonts. */
function htmlDocument(subject: string, body: string, locale: Locale): string {
  return `<!DOCTYPE html>
<html lang="${locale}">
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

/** Builds subject, text and HTML of a mail from its parts, in the mail's language (`parts.locale`). */
export function renderMail(input: MailParts): MailContent {
  const locale = input.locale ?? defaultLocale;
  const t = mailTexts(locale);
  // Links to our public pages lead to the pages in the mail's language.
  const parts = { ...input, manageUrl: localizedUrl(input.manageUrl, locale) };
  return {
    subject: parts.subject,
    text: renderText(parts, t, locale),
    html: renderHtml(parts, t, locale),
    ...(parts.attachments?.length ? { attachments: parts.attachments } : {}),
  };
}

/**
 * A mail without an event (an invitation, a password reset, the "Meine Daten" link): no event facts,
 * no manage link. Staff mails are German; `locale` is for the few such mails to volunteers.
 */
export type StaffMailParts = { subject: string; heading: string; name: string; blocks: Block[]; locale?: Locale };

export function renderStaffMail(parts: StaffMailParts): MailContent {
  const locale = parts.locale ?? defaultLocale;
  const t = mailTexts(locale);
  const signature = `${t("common.signature")}\n${city.office.name}`;
  const text = [greeting(parts.name, t), ...parts.blocks.map(textBlock), signature, `-- \n${t("common.footer")}`].join("\n\n") + "\n";
  const body = [
    p(esc(t("common.brand", { programme: city.programmeName, city: city.name })), `font-size:14px;color:${colors.muted};`),
    `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;hyphens:auto;">${esc(parts.heading)}</h1>`,
    p(esc(greeting(parts.name, t))),
    ...parts.blocks.map(htmlBlock),
    p(`${esc(t("common.signature"))}<br>${esc(city.office.name)}`),
    p(esc(t("common.footer")), `margin:24px 0 0;padding-top:16px;border-top:1px solid ${colors.line};font-size:14px;color:${colors.muted};`),
  ].join("\n");
  return { subject: parts.subject, text, html: htmlDocument(parts.subject, body, locale) };
}
