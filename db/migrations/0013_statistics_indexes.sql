DROP INDEX `session_attendance_session_idx`;--> statement-breakpoint
CREATE INDEX `session_attendance_session_status_idx` ON `session_attendance` (`session_id`,`status`,`registration_id`);--> statement-breakpoint
CREATE INDEX `session_attendance_registration_status_idx` ON `session_attendance` (`registration_id`,`status`);