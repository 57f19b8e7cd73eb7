-- Full-text search over the calendar (title, summary, description, trainer).
-- An external-content FTS5 table kept in step with events by triggers. The trigram tokenizer finds
-- parts of German compound words ("fürsorge" finds "Selbstfürsorge"); diacritics are folded so
-- that "ubungen" finds "Übungen". Search words need at least three characters.
CREATE VIRTUAL TABLE `events_fts` USING fts5(
  title, summary, description, trainer,
  content='events', content_rowid='id',
  tokenize="trigram remove_diacritics 1"
);
--> statement-breakpoint
CREATE TRIGGER `events_fts_ai` AFTER INSERT ON `events` BEGIN
  INSERT INTO events_fts(rowid, title, summary, description, trainer)
  VALUES (new.id, new.title, new.summary, new.description, coalesce(new.trainer, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_ad` AFTER DELETE ON `events` BEGIN
  INSERT INTO events_fts(events_fts, rowid, title, summary, description, trainer)
  VALUES ('delete', old.id, old.title, old.summary, old.description, coalesce(old.trainer, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_au` AFTER UPDATE OF title, summary, description, trainer ON `events` BEGIN
  INSERT INTO events_fts(events_fts, rowid, title, summary, description, trainer)
  VALUES ('delete', old.id, old.title, old.summary, old.description, coalesce(old.trainer, ''));
  INSERT INTO events_fts(rowid, title, summary, description, trainer)
  VALUES (new.id, new.title, new.summary, new.description, coalesce(new.trainer, ''));
END;
