-- A project file as Tare schema version 3 wrote it (frozen copy for the migration test): the tables
-- of schema_v1.sql and schema_v3.sql, then this: two datasets (one with an instruction, one with
-- titled documents) and judgments of every status.
PRAGMA user_version = 3;
INSERT INTO datasets(id, name, source, pool, instruction) VALUES(1, 'intents', 'old', 'corpus', 'Given an intent, find utterances.');
INSERT INTO datasets(id, name, source, pool, instruction) VALUES(2, 'papers', 'old', 'judged', '');
INSERT INTO documents(id, dataset_id, ext_id, title, text) VALUES(1, 1, 'u1', '', 'where is my card'), (2, 1, 'u2', '', 'my card was declined');
INSERT INTO documents(id, dataset_id, ext_id, title, text) VALUES(3, 2, 'p1', 'Longformer', 'Long documents.'), (4, 2, 'p2', '', 'Sparse attention.');
INSERT INTO queries(id, dataset_id, ext_id, text) VALUES(1, 1, 'card_arrival', 'card arrival'), (2, 2, 'q1', 'long context');
INSERT INTO labels(query_id, document_id, grade) VALUES(1, 1, 1), (1, 2, 0), (2, 3, 1), (2, 4, 0);
INSERT INTO judges(id, identity, kind, name) VALUES(1, 'llm-yesno|vllm|http://gpu:8000/v1|m|prompt=abc', 'llm', 'llm-yesno m');
INSERT INTO judgments(id, judge_id, query_id, document_id, status, score, error, prompt, raw_response, latency_ms)
    VALUES(1, 1, 1, 1, 'ok', 0.91, '', 'Here is a user query', '{}', 120.5),
          (2, 1, 1, 2, 'failed', NULL, 'HTTP 500', 'Here is a user query', '', 80.0),
          (3, 1, 2, 3, 'degraded', 1.0, '', 'Here is a user query', 'Yes', 95.0);
INSERT INTO project_meta(key, value) VALUES('created_by', 'tare 0.3');
