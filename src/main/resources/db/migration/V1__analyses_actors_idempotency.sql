-- Portable between PostgreSQL and H2 (MODE=PostgreSQL): varchar/text/timestamp/double only.
-- The analysis itself is one JSON document; the actor rows exist so lists and actor timelines
-- can be queried without parsing documents.

create table analysis (
    id              varchar(36)   not null primary key,
    created_at      timestamp with time zone not null,
    published_at    timestamp with time zone,
    title           varchar(1000),
    url             varchar(2048),
    language        varchar(35),
    target          varchar(1000),
    content_hash    varchar(80)   not null,
    text_length     integer       not null,
    article_text    text          not null,
    document        text          not null
);

create index analysis_listing_idx on analysis (created_at, id);
create index analysis_published_idx on analysis (published_at);

create table analysis_actor (
    id              varchar(36)   not null primary key,
    analysis_id     varchar(36)   not null references analysis (id) on delete cascade,
    actor_ref       varchar(200)  not null,
    name_key        varchar(500)  not null,
    name            varchar(1000) not null,
    actor_type      varchar(20)   not null,
    stance          varchar(20)   not null,
    confidence      double precision not null,
    approval        double precision not null,
    concern         double precision not null,
    skepticism      double precision not null,
    neutral         double precision not null,
    evidence_count  integer       not null,
    mention_count   integer       not null,
    published_at    timestamp with time zone,
    created_at      timestamp with time zone not null
);

create index analysis_actor_name_key_idx on analysis_actor (name_key);
create index analysis_actor_analysis_idx on analysis_actor (analysis_id);

create table idempotency_key (
    idempotency_key varchar(255)  not null primary key,
    analysis_id     varchar(36)   not null references analysis (id) on delete cascade,
    content_hash    varchar(80)   not null,
    created_at      timestamp with time zone not null
);
