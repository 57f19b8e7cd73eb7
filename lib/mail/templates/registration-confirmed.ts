import type { MailContent } from "../outbox";
import type { MailInput } from "./layout";
import { seatConfirmedMail } from "./seat-confirmed";

/** The seat is confirmed; the event is attached as .ics. */
export function registrationConfirmedMail(input: MailInput): MailContent {
  return seatConfirmedMail("registrationConfirmed", input);
}
