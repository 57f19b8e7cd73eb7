import common from "@/messages/de/common.json";
import { fillMessage } from "./fill-message";

const m = common.waitingTime;

/** "1 Sekunde", "40 Sekunden", "3 Minuten": how long someone must wait, rounded up. */
export function waitingTime(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return s === 1 ? m.second : fillMessage(m.seconds, { count: s });
  const minutes = Math.ceil(s / 60);
  return minutes === 1 ? m.minute : fillMessage(m.minutes, { count: minutes });
}
