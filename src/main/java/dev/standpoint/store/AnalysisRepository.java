package dev.standpoint.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AnalysisRepository implements PanacheRepositoryBase<AnalysisEntity, String> {

    /** Newest first; ties on createdAt broken by id so the cursor is a total order. */
    List<AnalysisEntity> page(AnalysisQuery query, Optional<ListingCursor> after, int fetch) {
        StringBuilder hql = new StringBuilder("from AnalysisEntity e where 1 = 1");
        Parameters params = new Parameters();
        after.ifPresent(c -> {
            hql.append(" and (e.createdAt < :cAt or (e.createdAt = :cAt and e.id < :cId))");
            params.and("cAt", c.createdAt()).and("cId", c.id());
        });
        query.since().ifPresent(since -> {
            hql.append(" and e.publishedAt >= :since");
            params.and("since", since);
        });
        if (query.actorKey().isPresent() || query.stance().isPresent()) {
            hql.append(" and exists (select 1 from ActorEntryEntity a where a.analysisId = e.id");
            query.actorKey().ifPresent(k -> {
                hql.append(" and a.nameKey = :actorKey");
                params.and("actorKey", k);
            });
            query.stance().ifPresent(s -> {
                hql.append(" and a.stance = :stance");
                params.and("stance", s.name());
            });
            hql.append(")");
        }
        hql.append(" order by e.createdAt desc, e.id desc");
        return find(hql.toString(), params).range(0, fetch - 1).list();
    }
}
