package org.hub.api.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the outbox in sequence order. */
@RegisterConstructorMapper(OutboxEntry.class)
public interface OutboxDao {
    @SqlQuery("SELECT seq, item_type, item_id FROM index_queue WHERE seq > :after ORDER BY seq LIMIT :limit")
    List<OutboxEntry> after(long after, int limit);

    @SqlQuery("SELECT seq, item_type, item_id FROM index_queue WHERE seq IN (<seqs>) ORDER BY seq")
    List<OutboxEntry> bySeq(@BindList("seqs") List<Long> seqs);

    @SqlQuery("SELECT COALESCE(MAX(seq), 0) FROM index_queue")
    long maxSeq();

    @SqlQuery("SELECT MIN(enqueued_at) FROM index_queue WHERE seq > :after")
    Optional<Instant> oldestAfter(long after);
}
