CREATE TABLE `mail_dedupe_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event_figures` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`sessions` integer DEFAULT 0 NOT NULL,
	`ms_offered` integer DEFAULT 0 NOT NULL,
	`registrations` integer DEFAULT 0 NOT NULL,
	`seats` integer DEFAULT 0 NOT NULL,
	`waiting` integer DEFAULT 0 NOT NULL,
	`attended` integer DEFAULT 0 NOT NULL,
	`ms_attended` integer DEFAULT 0 NOT NULL,
	`present_marks` integer DEFAULT 0 NOT NULL,
	`certificates` integer DEFAULT 0 NOT NULL,
	`feedback` integer DEFAULT 0 NOT NULL,
	`feedback_overall_sum` integer DEFAULT 0 NOT NULL,
	`feedback_helpful_sum` integer DEFAULT 0 NOT NULL,
	`feedback_recommend_sum` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `person_first_attendance` (
	`no` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_key` text NOT NULL,
	`first_attended_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_first_attendance_person_key_unique` ON `person_first_attendance` (`person_key`);--> statement-breakpoint
CREATE INDEX `person_first_attendance_at_idx` ON `person_first_attendance` (`first_attended_at`);--> statement-breakpoint
CREATE TABLE `self_service_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`email_normalized` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `self_service_tokens_expires_idx` ON `self_service_tokens` (`expires_at`);--> statement-breakpoint
CREATE INDEX `self_service_tokens_email_idx` ON `self_service_tokens` (`email_normalized`);--> statement-breakpoint
DROP INDEX `events_status_starts_idx`;--> statement-breakpoint
CREATE INDEX `events_status_starts_idx` ON `events` (`status`,`starts_at`,`format_id`,`organisation_id`);--> statement-breakpoint
ALTER TABLE `registrations` ADD `person_key` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `person_first_at` integer;--> statement-breakpoint
ALTER TABLE `registrations` ADD `person_no` integer;--> statement-breakpoint
ALTER TABLE `registrations` ADD `present_sessions` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `present_ms` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `anonymised_at` integer;--> statement-breakpoint
CREATE INDEX `registrations_statistics_idx` ON `registrations` (`event_id`,`status`,`present_sessions`,`person_no`,`initiative_id`,`person_first_at`);--> statement-breakpoint
CREATE INDEX `registrations_person_key_idx` ON `registrations` (`person_key`);--> statement-breakpoint
INSERT OR IGNORE INTO `mail_dedupe_keys` (`key`, `created_at`) SELECT `dedupe_key`, `created_at` FROM `mail_outbox` WHERE `dedupe_key` IS NOT NULL;
--> statement-breakpoint
update registrations set person_key = coalesce(email_normalized, 'name:' || lower(first_name || ' ' || last_name));
--> statement-breakpoint
update registrations set
    present_sessions = (select count(*) from session_attendance sa where sa.registration_id = registrations.id and sa.status = 'present'),
    present_ms = (select coalesce(sum(es.ends_at - es.starts_at), 0) from session_attendance sa join event_sessions es on es.id = sa.session_id
      where sa.registration_id = registrations.id and sa.status = 'present')
  where id in (select distinct registration_id from session_attendance);
--> statement-breakpoint
insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select ev.id,
    (select count(*) from event_sessions where event_id = ev.id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = ev.id),
    (select count(*) from registrations where event_id = ev.id),
    (select count(*) from registrations where event_id = ev.id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = ev.id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = ev.id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = ev.id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = ev.id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = ev.id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = ev.id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = ev.id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = ev.id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = ev.id)
  from events ev where true
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
--> statement-breakpoint
insert into person_first_attendance (person_key, first_attended_at)
    select r.person_key, min(e.starts_at) from registrations r join events e on e.id = r.event_id
    where r.person_key is not null and r.status in ('confirmed', 'attended', 'no_show') and r.present_sessions > 0
    group by r.person_key;
--> statement-breakpoint
update registrations set person_first_at = (select f.first_attended_at from person_first_attendance f where f.person_key = registrations.person_key),
    person_no = (select f.no from person_first_attendance f where f.person_key = registrations.person_key) where person_key is not null;
--> statement-breakpoint
CREATE TRIGGER `session_attendance_after_insert` AFTER INSERT ON session_attendance BEGIN
  update registrations set
    present_sessions = (select count(*) from session_attendance sa where sa.registration_id = registrations.id and sa.status = 'present'),
    present_ms = (select coalesce(sum(es.ends_at - es.starts_at), 0) from session_attendance sa join event_sessions es on es.id = sa.session_id
      where sa.registration_id = registrations.id and sa.status = 'present')
  where id in (NEW.registration_id);
END;
--> statement-breakpoint
CREATE TRIGGER `session_attendance_after_update` AFTER UPDATE ON session_attendance BEGIN
  update registrations set
    present_sessions = (select count(*) from session_attendance sa where sa.registration_id = registrations.id and sa.status = 'present'),
    present_ms = (select coalesce(sum(es.ends_at - es.starts_at), 0) from session_attendance sa join event_sessions es on es.id = sa.session_id
      where sa.registration_id = registrations.id and sa.status = 'present')
  where id in (OLD.registration_id, NEW.registration_id);
END;
--> statement-breakpoint
CREATE TRIGGER `session_attendance_after_delete` AFTER DELETE ON session_attendance BEGIN
  update registrations set
    present_sessions = (select count(*) from session_attendance sa where sa.registration_id = registrations.id and sa.status = 'present'),
    present_ms = (select coalesce(sum(es.ends_at - es.starts_at), 0) from session_attendance sa join event_sessions es on es.id = sa.session_id
      where sa.registration_id = registrations.id and sa.status = 'present')
  where id in (OLD.registration_id);
END;
--> statement-breakpoint
CREATE TRIGGER `registrations_after_insert` AFTER INSERT ON registrations BEGIN
  update registrations set person_key = coalesce(email_normalized, 'name:' || lower(first_name || ' ' || last_name)) where id = NEW.id and NEW.person_key is null and NEW.anonymised_at is null;
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select NEW.event_id,
    (select count(*) from event_sessions where event_id = NEW.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = NEW.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = NEW.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = NEW.event_id)
  where exists (select 1 from events where id = NEW.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
--> statement-breakpoint
CREATE TRIGGER `registrations_person_key` AFTER UPDATE OF email_normalized, first_name, last_name ON registrations WHEN NEW.anonymised_at IS NULL BEGIN
  update registrations set person_key = coalesce(email_normalized, 'name:' || lower(first_name || ' ' || last_name)) where id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `registrations_after_update` AFTER UPDATE OF status, event_id, present_sessions, present_ms, person_key ON registrations BEGIN
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select NEW.event_id,
    (select count(*) from event_sessions where event_id = NEW.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = NEW.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = NEW.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = NEW.event_id)
  where exists (select 1 from events where id = NEW.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select OLD.event_id,
    (select count(*) from event_sessions where event_id = OLD.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = OLD.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = OLD.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = OLD.event_id)
  where OLD.event_id <> NEW.event_id and exists (select 1 from events where id = OLD.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
  delete from person_first_attendance where person_key in (OLD.person_key, NEW.person_key) and not exists (
    select 1 from registrations r where r.person_key = person_first_attendance.person_key and r.status in ('confirmed', 'attended', 'no_show') and r.present_sessions > 0);
  insert into person_first_attendance (person_key, first_attended_at)
    select r.person_key, min(e.starts_at) from registrations r join events e on e.id = r.event_id
    where r.person_key in (OLD.person_key, NEW.person_key) and r.status in ('confirmed', 'attended', 'no_show') and r.present_sessions > 0
    group by r.person_key
    on conflict (person_key) do update set first_attended_at = excluded.first_attended_at;
  update registrations set person_first_at = (select f.first_attended_at from person_first_attendance f where f.person_key = registrations.person_key),
    person_no = (select f.no from person_first_attendance f where f.person_key = registrations.person_key) where person_key in (OLD.person_key, NEW.person_key);
END;
--> statement-breakpoint
CREATE TRIGGER `registrations_after_delete` AFTER DELETE ON registrations BEGIN
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select OLD.event_id,
    (select count(*) from event_sessions where event_id = OLD.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = OLD.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = OLD.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = OLD.event_id)
  where exists (select 1 from events where id = OLD.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
  delete from person_first_attendance where person_key in (OLD.person_key) and not exists (
    select 1 from registrations r where r.person_key = person_first_attendance.person_key and r.status in ('confirmed', 'attended', 'no_show') and r.present_sessions > 0);
  insert into person_first_attendance (person_key, first_attended_at)
    select r.person_key, min(e.starts_at) from registrations r join events e on e.id = r.event_id
    where r.person_key in (OLD.person_key) and r.status in ('confirmed', 'attended', 'no_show') and r.present_sessions > 0
    group by r.person_key
    on conflict (person_key) do update set first_attended_at = excluded.first_attended_at;
  update registrations set person_first_at = (select f.first_attended_at from person_first_attendance f where f.person_key = registrations.person_key),
    person_no = (select f.no from person_first_attendance f where f.person_key = registrations.person_key) where person_key in (OLD.person_key);
END;
--> statement-breakpoint
CREATE TRIGGER `event_sessions_after_insert` AFTER INSERT ON event_sessions BEGIN
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select NEW.event_id,
    (select count(*) from event_sessions where event_id = NEW.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = NEW.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = NEW.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = NEW.event_id)
  where exists (select 1 from events where id = NEW.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
--> statement-breakpoint
CREATE TRIGGER `event_sessions_after_update` AFTER UPDATE OF starts_at, ends_at, event_id ON event_sessions BEGIN
  update registrations set
    present_sessions = (select count(*) from session_attendance sa where sa.registration_id = registrations.id and sa.status = 'present'),
    present_ms = (select coalesce(sum(es.ends_at - es.starts_at), 0) from session_attendance sa join event_sessions es on es.id = sa.session_id
      where sa.registration_id = registrations.id and sa.status = 'present')
  where id in (select registration_id from session_attendance where session_id = NEW.id);
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select NEW.event_id,
    (select count(*) from event_sessions where event_id = NEW.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = NEW.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = NEW.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = NEW.event_id)
  where exists (select 1 from events where id = NEW.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
--> statement-breakpoint
CREATE TRIGGER `event_sessions_after_delete` AFTER DELETE ON event_sessions BEGIN
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select OLD.event_id,
    (select count(*) from event_sessions where event_id = OLD.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = OLD.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = OLD.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = OLD.event_id)
  where exists (select 1 from events where id = OLD.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
--> statement-breakpoint
CREATE TRIGGER `events_after_insert` AFTER INSERT ON events BEGIN
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select NEW.id,
    (select count(*) from event_sessions where event_id = NEW.id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = NEW.id),
    (select count(*) from registrations where event_id = NEW.id),
    (select count(*) from registrations where event_id = NEW.id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = NEW.id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = NEW.id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = NEW.id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = NEW.id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = NEW.id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = NEW.id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = NEW.id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = NEW.id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = NEW.id)
  where exists (select 1 from events where id = NEW.id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
--> statement-breakpoint
CREATE TRIGGER `events_after_update_start` AFTER UPDATE OF starts_at ON events BEGIN
  delete from person_first_attendance where person_key in (select person_key from registrations where event_id = NEW.id) and not exists (
    select 1 from registrations r where r.person_key = person_first_attendance.person_key and r.status in ('confirmed', 'attended', 'no_show') and r.present_sessions > 0);
  insert into person_first_attendance (person_key, first_attended_at)
    select r.person_key, min(e.starts_at) from registrations r join events e on e.id = r.event_id
    where r.person_key in (select person_key from registrations where event_id = NEW.id) and r.status in ('confirmed', 'attended', 'no_show') and r.present_sessions > 0
    group by r.person_key
    on conflict (person_key) do update set first_attended_at = excluded.first_attended_at;
  update registrations set person_first_at = (select f.first_attended_at from person_first_attendance f where f.person_key = registrations.person_key),
    person_no = (select f.no from person_first_attendance f where f.person_key = registrations.person_key) where person_key in (select person_key from registrations where event_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `certificates_after_insert` AFTER INSERT ON certificates BEGIN
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select NEW.event_id,
    (select count(*) from event_sessions where event_id = NEW.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = NEW.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = NEW.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = NEW.event_id)
  where exists (select 1 from events where id = NEW.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
--> statement-breakpoint
CREATE TRIGGER `certificates_after_update` AFTER UPDATE OF status, event_id ON certificates BEGIN
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select NEW.event_id,
    (select count(*) from event_sessions where event_id = NEW.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = NEW.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = NEW.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = NEW.event_id)
  where exists (select 1 from events where id = NEW.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select OLD.event_id,
    (select count(*) from event_sessions where event_id = OLD.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = OLD.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = OLD.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = OLD.event_id)
  where exists (select 1 from events where id = OLD.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
--> statement-breakpoint
CREATE TRIGGER `certificates_after_delete` AFTER DELETE ON certificates BEGIN
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select OLD.event_id,
    (select count(*) from event_sessions where event_id = OLD.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = OLD.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = OLD.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = OLD.event_id)
  where exists (select 1 from events where id = OLD.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
--> statement-breakpoint
CREATE TRIGGER `feedback_answers_after_insert` AFTER INSERT ON feedback_answers BEGIN
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select NEW.event_id,
    (select count(*) from event_sessions where event_id = NEW.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = NEW.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = NEW.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = NEW.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = NEW.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = NEW.event_id)
  where exists (select 1 from events where id = NEW.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
--> statement-breakpoint
CREATE TRIGGER `feedback_answers_after_delete` AFTER DELETE ON feedback_answers BEGIN
  insert into event_figures (event_id, sessions, ms_offered, registrations, seats, waiting, attended, ms_attended, present_marks,
      certificates, feedback, feedback_overall_sum, feedback_helpful_sum, feedback_recommend_sum)
  select OLD.event_id,
    (select count(*) from event_sessions where event_id = OLD.event_id),
    (select coalesce(sum(ends_at - starts_at), 0) from event_sessions where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from registrations where event_id = OLD.event_id and status = 'waitlisted'),
    (select count(*) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show') and present_sessions > 0),
    (select coalesce(sum(present_ms), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select coalesce(sum(present_sessions), 0) from registrations where event_id = OLD.event_id and status in ('confirmed', 'attended', 'no_show')),
    (select count(*) from certificates where event_id = OLD.event_id and status = 'valid'),
    (select count(*) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(overall), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(helpful), 0) from feedback_answers where event_id = OLD.event_id),
    (select coalesce(sum(would_recommend), 0) from feedback_answers where event_id = OLD.event_id)
  where exists (select 1 from events where id = OLD.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
