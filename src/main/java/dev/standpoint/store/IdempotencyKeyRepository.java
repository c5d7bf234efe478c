package dev.standpoint.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKeyEntity, String> {

    long deleteByAnalysis(String analysisId) {
        return delete("analysisId", analysisId);
    }
}
