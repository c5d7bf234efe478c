package dev.standpoint.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ActorEntryRepository implements PanacheRepositoryBase<ActorEntryEntity, String> {

    List<ActorSummary> summaries(String keyFragment, int limit) {
        List<Object[]> rows = getEntityManager().createQuery(
                        "select a.nameKey, max(a.name), max(a.actorType), count(distinct a.analysisId),"
                                + " sum(a.mentionCount), max(a.createdAt)"
                                + " from ActorEntryEntity a where a.nameKey like :q"
                                + " group by a.nameKey order by count(distinct a.analysisId) desc, a.nameKey",
                        Object[].class)
                .setParameter("q", "%" + keyFragment + "%")
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new ActorSummary((String) r[0], (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), (Instant) r[5]))
                .toList();
    }

    List<ActorEntryEntity> byKey(String nameKey) {
        return list("nameKey = :k order by coalesce(publishedAt, createdAt), createdAt",
                Parameters.with("k", nameKey));
    }

    long deleteByAnalysis(String analysisId) {
        return delete("analysisId", analysisId);
    }
}
