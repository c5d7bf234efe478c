package dev.standpoint.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ActorEntryRepository implements PanacheRepositoryBase<ActorEntryEntity, String> {

    /** Most often seen first, ties by key: the keyset is (analysis count, key), after `after` when given. */
    List<ActorSummary> summaries(String keyFragment, Optional<ActorSummary> after, int fetch) {
        String having = after.isEmpty() ? ""
                : " having count(distinct a.analysisId) < :count"
                + " or (count(distinct a.analysisId) = :count and a.nameKey > :key)";
        var query = getEntityManager().createQuery(
                        "select a.nameKey, max(a.name), max(a.actorType), count(distinct a.analysisId),"
                                + " sum(a.mentionCount), max(a.createdAt)"
                                + " from ActorEntryEntity a where a.nameKey like :q"
                                + " group by a.nameKey" + having
                                + " order by count(distinct a.analysisId) desc, a.nameKey",
                        Object[].class)
                .setParameter("q", "%" + keyFragment + "%")
                .setMaxResults(fetch);
        after.ifPresent(a -> query.setParameter("count", (long) a.analysisCount()).setParameter("key", a.id()));
        return query.getResultList().stream()
                .map(r -> new ActorSummary((String) r[0], (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), (Instant) r[5]))
                .toList();
    }

    /**
     * An actor's rows in publication order (analysis time where no publication date is known), ties by analysis
     * time then row id: a total order, so a cursor (sort time, analysis time, id) resumes exactly.
     */
    List<ActorEntryEntity> byKey(String nameKey, Optional<TimelinePosition> after, int fetch) {
        StringBuilder hql = new StringBuilder("nameKey = :k");
        Parameters params = Parameters.with("k", nameKey);
        after.ifPresent(p -> {
            hql.append(" and (coalesce(publishedAt, createdAt) > :at or (coalesce(publishedAt, createdAt) = :at"
                    + " and (createdAt > :created or (createdAt = :created and id > :id))))");
            params.and("at", p.sortAt()).and("created", p.createdAt()).and("id", p.id());
        });
        hql.append(" order by coalesce(publishedAt, createdAt), createdAt, id");
        return find(hql.toString(), params).range(0, fetch - 1).list();
    }

    /** The actor's latest row, whose name and type stand for it. */
    Optional<ActorEntryEntity> latest(String nameKey) {
        return find("nameKey = :k order by coalesce(publishedAt, createdAt) desc, createdAt desc, id desc",
                Parameters.with("k", nameKey)).firstResultOptional();
    }

    long deleteByAnalysis(String analysisId) {
        return delete("analysisId", analysisId);
    }

    /** Where a timeline page ended. */
    record TimelinePosition(Instant sortAt, Instant createdAt, String id) {
    }
}
