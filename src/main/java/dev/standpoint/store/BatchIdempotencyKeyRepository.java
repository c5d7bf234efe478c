package dev.standpoint.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BatchIdempotencyKeyRepository implements PanacheRepositoryBase<BatchIdempotencyKeyEntity, String> {
}
