import { parseArgs } from "node:util";
import { checkSettingsAtStartup } from "@/lib/config/startup-check";
import { formatDateTime } from "@/lib/dates/format";
import { fillMessage } from "@/lib/i18n/fill-message";
import { applyRetention } from "@/lib/privacy/retention-schedule";
import messages from "@/messages/de/intern.json";

/**
 * npm run retention [-- --dry-run]
 * Applies the retention rules now (docs/data-protection.md): anonymises registrations of events
 * that ended more than RETENTION_MONTHS months ago, deletes old sent mails, expired links and
 * rate-limit rows, and writes one audit entry. Runs also when the job already ran today (the
 * background loops run it once a day by themselves); refuses while another process runs it.
 * `--dry-run` only counts and prints what it would do.
 * Runs with `--conditions react-server` like `npm run jobs` (the app's modules import "server-only").
 */
const m = messages.retention.cli;

async function main() {
  checkSettingsAtStartup();
  const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
  const dryRun = values["dry-run"] ?? false;
  const outcome = await applyRetention({ dryRun, force: true });
  if (outcome.status !== "ran") {
    console.error(m.busy);
    process.exitCode = 1;
    return;
  }
  const { result } = outcome;
  const c = result.counts;
  // In a dry run the counts say what a run would do now.
  const lines = [
    fillMessage(dryRun ? m.dryRunTitle : m.runTitle, { months: result.months, cutoff: formatDateTime(result.cutoff) }),
    fillMessage(m.registrations, { count: c.registrations }),
    fillMessage(m.auditEntries, { count: c.auditEntries }),
    fillMessage(m.mails, { count: c.mails }),
    fillMessage(m.selfServiceTokens, { count: c.selfServiceTokens }),
    fillMessage(m.accountTokens, { count: c.accountTokens }),
    fillMessage(m.rateLimitCounters, { count: c.rateLimitCounters }),
    fillMessage(m.failureDelays, { count: c.failureDelays }),
  ];
  if (!dryRun) lines.push(fillMessage(m.longestTransaction, { ms: result.longestTransactionMs.toLocaleString("de-DE") }));
  console.log(lines.join("\n"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
