package org.hub.web.demo;

import java.time.Clock;
import org.hub.api.HubServices;
import org.hub.api.auth.PasswordHasher;
import org.hub.api.documents.BlobStore;
import org.hub.api.documents.DocumentService;
import org.hub.api.documents.ExtractionLimits;
import org.hub.api.documents.ExtractionWorker;
import org.hub.api.documents.TextExtractor;
import org.hub.api.groups.GroupService;
import org.hub.api.guidance.GuidanceService;
import org.hub.api.guidance.SynonymService;
import org.hub.api.notifications.Notifier;
import org.hub.api.people.UserService;
import org.hub.api.threads.ThreadService;
import org.jdbi.v3.core.Jdbi;

/**
 * The services the demo is written through, all on the seeder's clock. The one place the seeder
 * builds them, through the application's own factory.
 *
 * @param extraction not started: uploads leave their versions pending, and the seeder extracts them
 *                   in one go afterwards
 */
record DemoServices(
        UserService users,
        GroupService groups,
        ThreadService threads,
        GuidanceService guidance,
        DocumentService documents,
        ExtractionWorker extraction,
        SynonymService synonyms,
        Notifier notifier) {

    static DemoServices create(Jdbi jdbi, PasswordHasher hasher, BlobStore blobs, Clock clock) {
        HubServices services = new HubServices(jdbi, hasher, clock);
        ExtractionWorker extraction = services.extraction(blobs, new TextExtractor(ExtractionLimits.defaults()));
        return new DemoServices(
                services.users(),
                services.groups(),
                services.threads(),
                services.guidance(),
                services.documents(blobs, extraction),
                extraction,
                // No index is open while seeding: the server applies the stored synonyms when it starts.
                new SynonymService(jdbi, stored -> {}, services.audit()),
                services.notifier());
    }
}
