import { translator } from "@/lib/i18n/translator";
import { parseArgs } from "node:util";
import { checkSettingsAtStartup } from "@/lib/config/startup-check";
import { formatDateTime } from "@/lib/dates/format";
import { applyRetention } from "@/lib/privacy/retention-schedule";

/**
 * npm run retention [-- --dry-run]
 * Applies the retention rules now (docs/data-protection.md): anonymises registrations of events
 * that ended more than RETENTION_MONTHS months ago, deletes old sent mails, expired links and
 * rate-limit rows, and writes one audit entry. Runs also when the job already ran today (the
 * background loops run it once a day by themselves); refuses while another process runs it.
 * `--dry-run` only counts and prints what it would do.
 * Runs with `--conditions react-server` like `npm run jobs` (the app's modules import "server-only").
 */
const t = translator("de", "intern");

async function main() {
  checkSettingsAtStartup();
  const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
  const dryRun = values["dry-run"] ?? false;
  const outcome = await applyRetention({ dryRun, force: true });
  if (outcome.status !== "ran") {
    console.error(t("retention.cli.busy"));
    process.exitCode = 1;
    return;
  }
  const { result } = outcome;
  const c = result.counts;
  // In a dry run the counts say what a run would do now.
  const lines = [
    t(dryRun ? "retention.cli.dryRunTitle" : "retention.cli.runTitle", { months: result.months, cutoff: formatDateTime(result.cutoff) }),
    t("retention.cli.registrations", { count: c.registrations }),
    t("retention.cli.auditEntries", { count: c.auditEntries }),
    t("retention.cli.mails", { count: c.mails }),
    t("retention.cli.selfServiceTokens", { count: c.selfServiceTokens }),
    t("retention.cli.accountTokens", { count: c.accountTokens }),
    t("retention.cli.rateLimitCounters", { count: c.rateLimitCounters }),
    t("retention.cli.failureDelays", { count: c.failureDelays }),
  ];
  if (!dryRun) lines.push(t("retention.cli.longestTransaction", { ms: result.longestTransactionMs.toLocaleString("de-DE") }));
  console.log(lines.join("\n"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
