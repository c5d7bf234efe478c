-- Posting a text already stored returns the stored analysis (dedupe): an analysis is found again by the hash of its
-- text and the engine version that made it (application version and EngineSettings.id()). Analyses stored before
-- V4 have no engine version and are never matched: nobody knows which engine made them.
alter table analysis add column engine_version varchar(100);
create index analysis_content_idx on analysis (content_hash, engine_version);

-- Generic and anonymous actors ("critics", "a spokesman", "a senior EU official") are different people in different
-- articles: their key (and public id) now carries the analysis id, so timelines no longer merge them. Named actors
-- keep their name key. The same rule as ActorKeys.of: type GROUP or ANONYMOUS, or a name without a capital letter.
update analysis_actor set name_key = left(name_key, 460) || '--' || analysis_id
    where actor_type in ('GROUP', 'ANONYMOUS') or name = lower(name);
