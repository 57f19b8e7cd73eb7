-- Before the new foreign keys (next migration): references to rows that no longer exist.
-- Attendance of a session that was deleted belongs to no date any more; audit and mail references
-- to deleted accounts, registrations or events become empty.
DELETE FROM `session_attendance` WHERE `session_id` NOT IN (SELECT `id` FROM `event_sessions`);
--> statement-breakpoint
UPDATE `session_attendance` SET `recorded_by_account_id` = NULL WHERE `recorded_by_account_id` IS NOT NULL AND `recorded_by_account_id` NOT IN (SELECT `id` FROM `accounts`);
--> statement-breakpoint
UPDATE `registrations` SET `entered_by_account_id` = NULL WHERE `entered_by_account_id` IS NOT NULL AND `entered_by_account_id` NOT IN (SELECT `id` FROM `accounts`);
--> statement-breakpoint
UPDATE `mail_outbox` SET `registration_id` = NULL WHERE `registration_id` IS NOT NULL AND `registration_id` NOT IN (SELECT `id` FROM `registrations`);
--> statement-breakpoint
UPDATE `mail_outbox` SET `event_id` = NULL WHERE `event_id` IS NOT NULL AND `event_id` NOT IN (SELECT `id` FROM `events`);
