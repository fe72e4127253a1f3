package org.hub.api.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the outbox in sequence order. */
@RegisterConstructorMapper(QueueEntry.class)
public interface IndexQueueDao {
    @SqlQuery("SELECT seq, item_type, item_id FROM index_queue WHERE seq > :after ORDER BY seq LIMIT :limit")
    List<QueueEntry> after(long after, int limit);

    @SqlQuery("SELECT seq, item_type, item_id FROM index_queue WHERE seq IN (<seqs>) ORDER BY seq")
    List<QueueEntry> bySeq(@org.jdbi.v3.sqlobject.customizer.BindList("seqs") List<Long> seqs);

    @SqlQuery("SELECT COALESCE(MAX(seq), 0) FROM index_queue")
    long maxSeq();

    @SqlQuery("SELECT MIN(enqueued_at) FROM index_queue WHERE seq > :after")
    Optional<Instant> oldestAfter(long after);
}
