-- How many actors and quotes the engine found before standpoint.caps cut the stored analysis down to size;
-- null for analyses stored before V3 (nothing was cut then: the document holds all of them).
alter table analysis add column actors_found integer;
alter table analysis add column quotes_found integer;
