/** The mails of the platform: pure functions from facts to subject, text, HTML and attachments. */
export { registrationConfirmedMail } from "./registration-confirmed";
export { waitlistedMail } from "./waitlisted";
export { promotedMail } from "./promoted";
export { cancellationConfirmedMail } from "./cancellation-confirmed";
export { reminderMail } from "./reminder";
export { duplicateRegistrationMail } from "./duplicate-registration";
export { eventChangedMail, describeEventChanges } from "./event-changed";
export { eventCancelledMail } from "./event-cancelled";
export { organiserMessageMail } from "./organiser-message";
export type { MailInput } from "./layout";
export { accountInviteMail } from "./account-invite";
export { accountInviteExistingMail } from "./account-invite-existing";
export { passwordResetMail } from "./password-reset";
export { reviewSubmittedMail, reviewPublishedMail, reviewReturnedMail, changeSubmittedMail, changeApprovedMail, changeRejectedMail } from "./review-notifications";
export { certificateIssuedMail } from "./certificate-issued";
