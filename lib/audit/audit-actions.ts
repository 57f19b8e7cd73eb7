/**
 * Every action code the audit log is written with. AuditInput.action takes only these, so a new
 * code cannot be written before it is listed here; tests/audit-labels.test.ts checks that each one
 * has a German label in the catalogue (area internOffice, audit.actions).
 * No "server-only": the test and the log page both read it.
 */
const catalogKinds = ["format", "topic", "initiative", "venue"] as const;
const catalogChanges = ["created", "updated", "deactivated", "reactivated"] as const;
export type CatalogAuditChange = (typeof catalogChanges)[number];

export const auditActions = [
  "account.invited",
  "account.deactivated",
  "account.reactivated",
  "account.role_changed",
  "account.password_set",
  "account.password_reset",
  "organisation.created",
  "organisation.updated",
  "organisation.deactivated",
  "organisation.reactivated",
  ...catalogKinds.flatMap((kind) => catalogChanges.map((change) => `catalog.${kind}.${change}` as const)),
  "event.created",
  "event.updated",
  "event.duplicated",
  "event.change_submitted",
  "event.submitted",
  "event.published",
  "event.returned",
  "event.withdrawn",
  "event.registration_closed",
  "event.registration_reopened",
  "event.cancelled",
  "event.change_approved",
  "event.change_rejected",
  "event.participants_notified",
  "event.participants_messaged",
  "event.attendance_closed",
  "event.attendance_reopened",
  "registration.added_by_staff",
  "registration.moved_from_waitlist",
  "registration.cancelled_by_staff",
  "registration.session_attendance",
  "application.accepted",
  "application.declined",
  "application.waitlisted",
  "application.membership_ended",
  "application.text_viewed",
  "privacy.self_service_deleted",
  "privacy.retention_run",
  "statistics.report",
  "mail.retried",
] as const satisfies readonly string[];

export type AuditAction = (typeof auditActions)[number];

/** Codes earlier versions wrote; their entries stay in the log and keep a readable label. */
export const legacyAuditActions = [
  "registration.attendance",
  "registration.created",
  "registration.cancelled",
  "registration.promoted",
  "registration.attended",
  "registration.no_show",
] as const;

const labelled = new Set<string>([...auditActions, ...legacyAuditActions]);

/**
 * The catalogue key of an action's label, or null for a code nobody listed (the page then shows a
 * neutral "Änderung" rather than the raw code).
 */
export function auditActionLabelKey(action: string): string | null {
  return labelled.has(action) ? `actions.${action}` : null;
}

/**
 * The catalogue key of a status value shown in the before/after table, or null. Registrations,
 * applications, events and session marks share one list: the words fit each ("abgesagt").
 */
export const auditStatusValues = ["draft", "in_review", "published", "cancelled", "confirmed", "waitlisted", "attended", "no_show", "applied", "declined", "present", "absent"] as const;
const statusValues = new Set<string>(auditStatusValues);
export function auditStatusLabelKey(value: string): string | null {
  return statusValues.has(value) ? `statusValues.${value}` : null;
}
