-- The insert trigger counts up instead of recounting the event, and a new row's first person key no longer
-- fires the update trigger (db/triggers/statistics.ts; bench:registrations).
DROP TRIGGER IF EXISTS `registrations_after_insert`;
--> statement-breakpoint
CREATE TRIGGER `registrations_after_insert` AFTER INSERT ON registrations BEGIN
  update registrations set person_key = coalesce(email_normalized, 'name:' || lower(first_name || ' ' || last_name)) where id = NEW.id and NEW.person_key is null and NEW.anonymised_at is null;
  update event_figures set registrations = registrations + 1,
    seats = seats + (NEW.status in ('confirmed', 'attended', 'no_show')),
    waiting = waiting + (NEW.status = 'waitlisted'),
    attended = attended + (NEW.status in ('confirmed', 'attended', 'no_show') and NEW.present_sessions > 0),
    ms_attended = ms_attended + (case when NEW.status in ('confirmed', 'attended', 'no_show') then NEW.present_ms else 0 end),
    present_marks = present_marks + (case when NEW.status in ('confirmed', 'attended', 'no_show') then NEW.present_sessions else 0 end)
  where event_id = NEW.event_id;
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
  where exists (select 1 from events where id = NEW.event_id) and not exists (select 1 from event_figures where event_id = NEW.event_id)
  on conflict (event_id) do update set sessions = excluded.sessions, ms_offered = excluded.ms_offered,
    registrations = excluded.registrations, seats = excluded.seats, waiting = excluded.waiting,
    attended = excluded.attended, ms_attended = excluded.ms_attended, present_marks = excluded.present_marks,
    certificates = excluded.certificates, feedback = excluded.feedback, feedback_overall_sum = excluded.feedback_overall_sum,
    feedback_helpful_sum = excluded.feedback_helpful_sum, feedback_recommend_sum = excluded.feedback_recommend_sum;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `registrations_after_update`;
--> statement-breakpoint
CREATE TRIGGER `registrations_after_update` AFTER UPDATE OF status, event_id, present_sessions, present_ms, person_key ON registrations
  WHEN NOT (OLD.person_key IS NULL AND NEW.present_sessions = 0 AND OLD.present_sessions = 0 AND OLD.status = NEW.status
    AND OLD.event_id = NEW.event_id AND OLD.present_ms = NEW.present_ms) BEGIN
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
