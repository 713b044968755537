-- A growthstat schema version 3 database (written by the binary of commit
-- 8c2a89d): two series, a revised figure, a multiple and a target.
-- tests/cli/016-migrate.sh migrates it to version 4 (retractions).
PRAGMA user_version=3;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE series( id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', dimension TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '', created_batch INTEGER NOT NULL);
INSERT INTO series VALUES(1,'v3.jobs','','','count:jobs','jobs',1);
INSERT INTO series VALUES(2,'v3.out','','','currency:RUB','RUB',1);
CREATE TABLE sources( id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_batch INTEGER NOT NULL);
INSERT INTO sources VALUES(1,'mipt.ru',1);
INSERT INTO sources VALUES(2,'stat',1);
INSERT INTO sources VALUES(3,'news',1);
CREATE TABLE batches( id INTEGER PRIMARY KEY, file TEXT NOT NULL, hash TEXT NOT NULL DEFAULT '', status TEXT NOT NULL CHECK (status IN ('open','committed','refused')), started TEXT NOT NULL, finished TEXT, rows_read INTEGER NOT NULL DEFAULT 0, rows_new INTEGER NOT NULL DEFAULT 0, rows_present INTEGER NOT NULL DEFAULT 0, rows_rejected INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '');
INSERT INTO batches VALUES(1,'a.csv','c080bcfbdb5a6d0f','committed','2026-12-05T00:27:47Z','2026-12-05T00:27:47Z',5,5,0,0,'');
CREATE TABLE IF NOT EXISTS "observations"( series_id INTEGER NOT NULL REFERENCES series(id), kind TEXT NOT NULL CHECK (kind = 'level' OR kind = 'flow' OR kind = 'multiple' OR kind = 'percent' OR kind = 'target' OR kind = 'plan'), period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, base_start INTEGER NOT NULL DEFAULT 0, base_end INTEGER NOT NULL DEFAULT 0, source_id INTEGER NOT NULL REFERENCES sources(id), as_of INTEGER NOT NULL, period_prec TEXT NOT NULL, base_prec TEXT NOT NULL DEFAULT '', value REAL NOT NULL, qualifier TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '', batch_id INTEGER NOT NULL REFERENCES batches(id), note TEXT NOT NULL DEFAULT '', PRIMARY KEY(series_id, kind, period_start, period_end,  base_start, base_end, source_id, qualifier, as_of)) WITHOUT ROWID;
INSERT INTO observations VALUES(1,'target',20300101,20301231,0,0,1,20250513,'year','',6300.0,'over','jobs',1,'over 6,300 jobs');
INSERT INTO observations VALUES(2,'level',20230101,20231231,0,0,2,20250110,'year','',140000000000.0,'','billion rubles',1,'first');
INSERT INTO observations VALUES(2,'level',20240101,20241231,0,0,2,20250110,'year','',150000000000.0,'','billion rubles',1,'');
INSERT INTO observations VALUES(2,'level',20240101,20241231,0,0,2,20250601,'year','',160000000000.0,'','billion rubles',1,'revised');
INSERT INTO observations VALUES(2,'multiple',20240101,20241231,20200101,20201231,3,20250601,'year','year',1.5,'','times',1,'grew 1.5-fold');
CREATE TRIGGER series_no_delete BEFORE DELETE ON series BEGIN SELECT RAISE(ABORT, 'series are never deleted'); END;
CREATE TRIGGER series_key_fixed BEFORE UPDATE OF key, id ON series BEGIN SELECT RAISE(ABORT, 'a series key never changes'); END;
CREATE TRIGGER sources_no_change BEFORE UPDATE ON sources BEGIN SELECT RAISE(ABORT, 'sources are append-only'); END;
CREATE TRIGGER sources_no_delete BEFORE DELETE ON sources BEGIN SELECT RAISE(ABORT, 'sources are append-only'); END;
CREATE TRIGGER batches_no_delete BEFORE DELETE ON batches BEGIN SELECT RAISE(ABORT, 'the batch log is append-only'); END;
CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations BEGIN SELECT RAISE(ABORT, 'observations are append-only: a correction is a new row with a later as_of'); END;
CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations BEGIN SELECT RAISE(ABORT, 'observations are append-only: rows are never deleted'); END;
CREATE VIEW v_observations AS SELECT s.key AS series, o.kind, o.period_start, o.period_end, o.period_prec, o.base_start, o.base_end, o.value, o.qualifier, o.unit, s.dimension, o.as_of, src.name AS source, o.batch_id, o.note FROM observations o JOIN series s ON s.id = o.series_id JOIN sources src ON src.id = o.source_id;
CREATE TRIGGER series_unit_fixed BEFORE UPDATE OF dimension, unit ON series WHEN (OLD.dimension <> '' OR OLD.unit <> '') AND (NEW.dimension IS NOT OLD.dimension OR NEW.unit IS NOT OLD.unit) BEGIN SELECT RAISE(ABORT, 'a series'' unit and dimension never change once set'); END;
CREATE TRIGGER batches_closed_fixed BEFORE UPDATE ON batches WHEN OLD.status <> 'open' BEGIN SELECT RAISE(ABORT, 'the batch log is append-only: a closed batch never changes'); END;
COMMIT;
