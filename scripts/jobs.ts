import { parseArgs } from "node:util";
import { checkSettingsAtStartup } from "@/lib/config/startup-check";
import { settings } from "@/lib/config/env";
import { defaultSenderName, deliverDueMails, runPeriodically, startMailSender } from "@/lib/mail/sender";
import { mailMode } from "@/lib/mail/transport";
import { recordJobRun } from "@/lib/ops/job-runs";
import { errorFields, logger } from "@/lib/ops/logger";
import { stopBackgroundWork } from "@/lib/ops/shutdown";
import { applyRetention, startRetentionScheduler } from "@/lib/privacy/retention-schedule";
import { pruneRateLimits } from "@/lib/rate-limit/prune";
import { enqueueDueReminders, startReminderScheduler } from "@/lib/registrations/reminders";

/**
 * npm run jobs [-- --once]
 * The background work outside the web server: puts due reminders into the outbox, delivers the
 * outbox (SMTP_URL, or the local mailbox without it), deletes rate-limit rows that count for
 * nothing any more (the web server also does that now and then, on the back of its writes), and
 * once a day applies the retention rules (lib/privacy/retention-schedule.ts; at most once a day
 * across all processes). Safe to run beside the server and beside other copies of itself. Runs until
 * SIGINT/SIGTERM: then each loop finishes its step (at most SHUTDOWN_GRACE_MS), the mails this
 * process still holds go back to the outbox, and it exits 0. `--once` does one round (reminders,
 * then every mail that is due now) and exits, with exit code 1 when a mail could not be delivered.
 * It logs JSON lines (lib/ops/logger.ts) like the server.
 *
 * The app's modules import "server-only", which throws outside Next.js; the npm script therefore
 * runs Node with tsx as its loader and `--conditions react-server`, under which that package is an
 * empty module (one process: a tsx parent process would relay SIGTERM only after a handshake).
 */
async function once(): Promise<number> {
  const reminders = await enqueueDueReminders();
  await recordJobRun("reminders");
  await pruneRateLimits();
  const retention = await applyRetention();
  const owner = defaultSenderName();
  let sent = 0;
  let failed = 0;
  for (;;) {
    const round = await deliverDueMails({ owner, limit: 50 });
    sent += round.sent;
    failed += round.failed;
    // Stop when nothing is left, or when only failures came back (they are due again later).
    if (round.claimed === 0 || round.failed === round.claimed) break;
  }
  logger.info({ event: "jobs.once", reminders, sent, failed, mailMode: mailMode() }, "one round of the background jobs done");
  if (retention.status === "ran") {
    const c = retention.result.counts;
    logger.info({ event: "retention.ran", registrations: c.registrations, mails: c.mails }, "retention applied (details in the audit log)");
  }
  return failed > 0 ? 1 : 0;
}

async function main() {
  checkSettingsAtStartup();
  const { values } = parseArgs({ options: { once: { type: "boolean", default: false } } });
  if (values.once) {
    process.exitCode = await once();
    return;
  }
  const pruner = runPeriodically("rate-limits", 3600_000, async () => {
    await pruneRateLimits();
    return false;
  });
  const mailOwner = defaultSenderName();
  const stops = [startReminderScheduler(), startMailSender({ owner: mailOwner }), pruner, startRetentionScheduler()];
  // The loops' timers do not keep the process alive; this one does, until a signal arrives.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  logger.info({ event: "jobs.start", mailMode: mailMode() }, "background jobs running");
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: "shutdown.start", signal }, "stopping after the running step");
    await stopBackgroundWork({ stops, mailOwner }, settings().SHUTDOWN_GRACE_MS);
    clearInterval(keepAlive);
    logger.info({ event: "shutdown.done", code: 0 }, "stopped");
    // A step stuck beyond the grace period (an SMTP server that does not answer) must not keep it alive.
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  logger.fatal({ event: "jobs.crashed", error: errorFields(error) }, "background jobs ended by an error");
  process.exit(1);
});
