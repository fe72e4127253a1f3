package org.hub.web.demo;

import java.time.Clock;
import org.hub.api.audit.AuditLog;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.common.markdown.MarkdownRenderer;
import org.hub.api.documents.BlobStore;
import org.hub.api.documents.DocumentService;
import org.hub.api.documents.DownloadTypes;
import org.hub.api.documents.ExtractionLimits;
import org.hub.api.documents.ExtractionWorker;
import org.hub.api.documents.TextExtractor;
import org.hub.api.groups.GroupService;
import org.hub.api.guidance.GuidanceService;
import org.hub.api.search.IndexQueue;
import org.hub.api.threads.ThreadService;
import org.hub.api.users.UserService;
import org.jdbi.v3.core.Jdbi;

/**
 * The services the demo is written through, all on the seeder's clock. The one place the seeder
 * builds them, so it can move to the application's services factory in one step.
 *
 * @param extraction not started: uploads leave their versions pending, and the seeder extracts them
 *                   in one go afterwards
 */
record DemoServices(UserService users, GroupService groups, ThreadService threads, GuidanceService guidance,
                    DocumentService documents, ExtractionWorker extraction) {

    static DemoServices create(Jdbi jdbi, PasswordHasher hasher, BlobStore blobs, Clock clock) {
        AuditLog audit = new AuditLog(clock);
        MarkdownRenderer markdown = new MarkdownRenderer();
        IndexQueue indexQueue = new IndexQueue(clock);
        UserService users = new UserService(jdbi, hasher, audit, clock);
        GroupService groups = new GroupService(jdbi, indexQueue, audit, clock);
        ThreadService threads = new ThreadService(jdbi, groups, markdown, indexQueue, audit, clock);
        GuidanceService guidance = new GuidanceService(jdbi, threads, markdown, indexQueue, audit, clock);
        ExtractionWorker extraction = new ExtractionWorker(jdbi, blobs, new TextExtractor(ExtractionLimits.defaults()),
                indexQueue);
        DocumentService documents = new DocumentService(jdbi, groups, blobs, new DownloadTypes(), extraction,
                indexQueue, audit, clock);
        return new DemoServices(users, groups, threads, guidance, documents, extraction);
    }
}
