import { ownTrainingRecord } from "@/lib/certificates/training-record";
import { parsePeriod } from "@/lib/certificates/training-record-period";
import { downloadLocale } from "@/lib/certificates/request-locale";
import { refusals as refusalsIn, trainingRecordPdfResponse } from "@/lib/certificates/training-record-response";
import { selfServiceEmail } from "@/lib/privacy/self-service-session";

/**
 * "Mein Fortbildungsnachweis" as a PDF, for the person of the "Meine Daten" session only:
 * 401 without a session, 400 for a period that is not one, 404 when the period holds no training
 * (the page says so before offering the link). In the language the person browses "Meine Daten" in.
 */
export async function GET(request: Request) {
  const locale = downloadLocale(request);
  const refusals = refusalsIn(locale);
  // First the session, so that nobody without one learns anything about the parameters.
  if (!(await selfServiceEmail())) return refusals.noSession();
  const params = new URL(request.url).searchParams;
  // Only `von` and `bis` are read; a repeated name counts as wrong.
  const one = (name: string) => (params.getAll(name).length > 1 ? [] : (params.get(name) ?? undefined));
  const parsed = parsePeriod({ von: one("von"), bis: one("bis") }, new Date());
  if (!parsed.ok) return refusals.badPeriod();
  // The data layer checks the session again and takes the address from it, never from the request.
  const record = await ownTrainingRecord(parsed.period);
  if (record === "no_session") return refusals.noSession();
  if (!record || record.trainings.length === 0) return refusals.empty();
  return trainingRecordPdfResponse(record, locale);
}
