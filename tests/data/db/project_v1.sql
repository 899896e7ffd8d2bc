-- A project file as Tare schema version 1 wrote it (frozen copy for the migration test): the tables
-- of schema_v1.sql, then this.
PRAGMA user_version = 1;
INSERT INTO datasets(id, name, source, pool) VALUES(1, 'legacy', 'old', 'corpus');
INSERT INTO documents(id, dataset_id, ext_id, text) VALUES(1, 1, 'a', 'alpha'), (2, 1, 'b', 'beta'), (3, 1, 'c', 'gamma');
INSERT INTO queries(id, dataset_id, ext_id, text) VALUES(1, 1, 'q', 'greek letters');
INSERT INTO labels(query_id, document_id, grade) VALUES(1, 1, 1), (1, 2, 0);
