-- An Idempotency-Key now stands for the whole request (text, title, url, publishedAt, language, target),
-- not only its text: request_hash is the SHA-256 of it. Rows from V1 keep a null request_hash and are
-- compared by content_hash as before.
alter table idempotency_key add column request_hash varchar(80);

-- One row per Idempotency-Key sent with POST /v1/analyses:batch: the hash of the request's items and what
-- each item came to (analysis id or problem), written in the transaction that stores the batch's analyses.
create table batch_idempotency_key (
    idempotency_key varchar(255)  not null primary key,
    request_hash    varchar(80)   not null,
    outcome         text          not null,
    created_at      timestamp with time zone not null
);
