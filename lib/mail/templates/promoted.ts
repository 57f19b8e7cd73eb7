import type { MailContent } from "../outbox";
import type { MailInput } from "./layout";
import { seatConfirmedMail } from "./seat-confirmed";

/** A seat became free and the person moved up from the waiting list; the event is attached as .ics. */
export function promotedMail(input: MailInput): MailContent {
  return seatConfirmedMail("promoted", input);
}
