import { parseArgs } from "node:util";
import { checkSettingsAtStartup } from "@/lib/config/startup-check";
import { defaultSenderName, deliverDueMails, runPeriodically, startMailSender } from "@/lib/mail/sender";
import { mailMode } from "@/lib/mail/transport";
import { applyRetention, startRetentionScheduler } from "@/lib/privacy/retention-schedule";
import { pruneRateLimits } from "@/lib/rate-limit/prune";
import { enqueueDueReminders, startReminderScheduler } from "@/lib/registrations/reminders";

/**
 * npm run jobs [-- --once]
 * The background work outside the web server: puts due reminders into the outbox, delivers the
 * outbox (SMTP_URL, or the local mailbox without it), deletes rate-limit rows that count for
 * nothing any more (the web server also does that now and then, on the back of its writes), and
 * once a day applies the retention rules (lib/privacy/retention-schedule.ts; at most once a day
 * across all processes). Safe to run beside the server and beside other copies of itself. Runs until SIGINT/SIGTERM; `--once` does one round (reminders, then every mail
 * that is due now) and exits, with exit code 1 when a mail could not be delivered.
 *
 * The app's modules import "server-only", which throws outside Next.js; the npm script therefore
 * runs tsx with `--conditions react-server`, under which that package is an empty module.
 */
async function once(): Promise<number> {
  const reminders = await enqueueDueReminders();
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
  console.log(`Erinnerungen: ${reminders} neu. E-Mails: ${sent} zugestellt (${mailMode()}), ${failed} fehlgeschlagen.`);
  if (retention.status === "ran") {
    const c = retention.result.counts;
    console.log(`Aufbewahrung: ${c.registrations} Anmeldungen anonymisiert, ${c.mails} alte E-Mails gelöscht (Einzelheiten im Protokoll).`);
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
  const stops = [startReminderScheduler(), startMailSender(), pruner, startRetentionScheduler()];
  // The loops' timers do not keep the process alive; this one does, until a signal arrives.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  console.log(`Hintergrund-Aufgaben laufen (E-Mail: ${mailMode()}). Beenden mit Strg+C.`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: beende nach der laufenden Runde …`);
    await Promise.all(stops.map((s) => s()));
    clearInterval(keepAlive);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
