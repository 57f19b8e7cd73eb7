import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { translator } from "@/lib/i18n/translator";
import { isSupervisionGroup } from "@/lib/supervision/group-access";
import { listParticipants } from "./queries";
import { statusLabel } from "./status-label";

const t = translator("de", "internParticipants");

export type ExportCell = string | Date;

/**
 * The participant list as a table for the CSV and XLSX downloads: one row per registration, the
 * answers to the extra questions one column each. Access is checked by listParticipants.
 * Membership of a supervision group is confidential: its exports carry `confidentialNote` as their
 * first line (CSV) or first row (XLSX).
 */
export async function participantExportTable(actor: Actor, eventId: number) {
  const list = await listParticipants(actor, eventId);
  const header = [t("export.name"), t("export.email"), t("export.phone"), t("export.initiative"), t("export.status"), t("export.registeredAt"), t("export.source"), t("export.accessibility"), t("export.note"), ...list.questions.map((q) => q.label)];
  const rows: ExportCell[][] = list.participants.map((p) => [
    `${p.firstName} ${p.lastName}`,
    p.email ?? "",
    p.phone ?? "",
    p.initiative ?? "",
    statusLabel(p.status, p.position),
    p.createdAt,
    t(`source.${p.source}`),
    p.accessibilityNeeds ?? "",
    p.note ?? "",
    ...p.answers.map((a) => a.text),
  ]);
  const confidentialNote = (await isSupervisionGroup(actor, eventId)) ? translator("de", "internSupervision")("export.confidentialNote") : null;
  return { event: list.event, header, rows, dateColumns: [5], confidentialNote };
}

export type ExportTable = Awaited<ReturnType<typeof participantExportTable>>;

/** "teilnehmende-<event slug>.csv": the file name of a download. */
export const exportFileName = (slug: string, extension: "csv" | "xlsx") => `teilnehmende-${slug}.${extension}`;
