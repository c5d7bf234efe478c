-- The engine version now names every trained model that runs, attribution's and stance's
-- ("0.1.0-SNAPSHOT/tagger-and-network-model/attribution-tagger-1+attribution-minilm-1/stance-bge-small-1", 97
-- characters): 100 left no room for a longer application version or model name. SET DATA TYPE reads the same
-- on PostgreSQL and H2; the index on (content_hash, engine_version) is kept by both.
alter table analysis alter column engine_version set data type varchar(400);
