package org.hub.api.search;

import com.codahale.metrics.health.HealthCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hub.api.outbox.OutboxDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Healthy while the index is sound (see {@link IndexRepair}) and keeps up with the outbox: nothing
 * waiting longer than {@code maxLag}.
 */
public final class IndexLagHealthCheck extends HealthCheck {
    private final Jdbi jdbi;
    private final Indexer indexer;
    private final Clock clock;
    private final Duration maxLag;
    private final IndexRepair repair;

    public IndexLagHealthCheck(Jdbi jdbi, Indexer indexer, IndexRepair repair, Clock clock, Duration maxLag) {
        this.jdbi = jdbi;
        this.indexer = indexer;
        this.repair = repair;
        this.clock = clock;
        this.maxLag = maxLag;
    }

    @Override
    protected Result check() {
        OutboxDao outbox = jdbi.onDemand(OutboxDao.class);
        long applied = indexer.lowWater();
        long pending = Math.max(0, outbox.maxSeq() - applied);
        Optional<Instant> oldest = outbox.oldestAfter(applied);
        Duration lag = oldest.map(at -> Duration.between(at, clock.instant())).orElse(Duration.ZERO);
        String detail = "applied up to sequence " + applied + ", " + pending + " waiting, oldest waiting "
                + lag.toMillis() + " ms" + repair.history();
        String damage = repair.problem();
        if (damage != null) {
            return Result.unhealthy(damage + "; " + detail);
        }
        if (indexer.lastFailure() != null) {
            return Result.unhealthy(
                    "indexing is failing: " + indexer.lastFailure().getMessage() + "; " + detail);
        }
        return lag.compareTo(maxLag) > 0 ? Result.unhealthy("index is behind: " + detail) : Result.healthy(detail);
    }
}
