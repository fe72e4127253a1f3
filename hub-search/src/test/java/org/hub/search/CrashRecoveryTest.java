package org.hub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hub.search.Items.thread;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Covers commit user data and resuming after a crash: only committed work survives, re-applying duplicates nothing. */
class CrashRecoveryTest {

    @Test
    void newIndexStartsAtZero() {
        try (SearchIndex index = SearchIndex.open(new ByteBuffersDirectory(), SearchIndexOptions.defaults())) {
            assertThat(index.committedSequence()).isZero();
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void resumesFromTheLastCommitAfterACrash() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        SearchIndex first = SearchIndex.open(dir, SearchIndexOptions.defaults());
        for (int seq = 1; seq <= 10; seq++) {
            first.upsert(thread(seq, "Item " + seq, "body"));
        }
        first.commit(10);
        for (int seq = 11; seq <= 15; seq++) {
            first.upsert(thread(seq, "Item " + seq, "body"));
        }
        first.delete("thread:3");
        first.awaitVisible();
        assertThat(first.count()).isEqualTo(14);
        first.abandonForTesting();

        try (SearchIndex second = SearchIndex.open(dir, SearchIndexOptions.defaults())) {
            assertThat(second.committedSequence()).isEqualTo(10);
            assertThat(second.count()).isEqualTo(10);
            assertThat(second.keys()).contains("thread:3").doesNotContain("thread:11");
            // the indexer re-applies the outbox from 11, including items it had already seen
            for (int seq = 5; seq <= 15; seq++) {
                second.upsert(thread(seq, "Item " + seq, "body"));
            }
            second.delete("thread:3");
            second.commit(16);
            second.refreshNow();
            assertThat(second.count()).isEqualTo(14);
            assertThat(second.search(Items.request("item", Items.ALL).withLimit(100))
                            .total())
                    .isEqualTo(14);
        }
        try (SearchIndex third = SearchIndex.open(dir, SearchIndexOptions.defaults())) {
            assertThat(third.committedSequence()).isEqualTo(16);
            assertThat(third.count()).isEqualTo(14);
        }
    }

    @Test
    void closeWithoutCommitKeepsOnlyCommittedWork() {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (SearchIndex index = SearchIndex.open(dir, SearchIndexOptions.defaults())) {
            index.upsert(thread(1, "a", "b"));
            index.commit(1);
            index.upsert(thread(2, "a", "b"));
        }
        try (SearchIndex index = SearchIndex.open(dir, SearchIndexOptions.defaults())) {
            assertThat(index.committedSequence()).isEqualTo(1);
            assertThat(index.keys()).containsExactly("thread:1");
        }
    }

    @Test
    void corruptIndexIsReportedAsCorruption(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        try (var dir = org.apache.lucene.store.FSDirectory.open(tmp);
                SearchIndex index = SearchIndex.open(dir, SearchIndexOptions.defaults())) {
            index.upsert(thread(1, "a", "b"));
            index.commit(1);
        }
        assertThat(SearchIndex.isHealthy(tmp)).isTrue();
        try (var files = java.nio.file.Files.list(tmp)) {
            for (java.nio.file.Path f : files.filter(
                            p -> p.getFileName().toString().startsWith("segments_"))
                    .toList()) {
                java.nio.file.Files.write(f, new byte[] {1, 2, 3});
            }
        }
        assertThat(SearchIndex.isHealthy(tmp)).isFalse();
        try (var dir = org.apache.lucene.store.FSDirectory.open(tmp)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> SearchIndex.open(dir, SearchIndexOptions.defaults()))
                    .isInstanceOf(SearchIndexException.class)
                    .satisfies(e -> assertThat(((SearchIndexException) e).isCorruption())
                            .isTrue());
        }
    }

    @Test
    void anIndexOpenedOnAFolderClosesItsDirectoryAndABorrowedOneIsLeftOpen(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        SearchIndex owned = SearchIndex.open(tmp.resolve("index"), SearchIndexOptions.defaults());
        owned.upsert(thread(1, "a", "b"));
        owned.commit(1);
        owned.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> owned.directory().listAll())
                .isInstanceOf(org.apache.lucene.store.AlreadyClosedException.class);
        try (SearchIndex again = SearchIndex.open(tmp.resolve("index"), SearchIndexOptions.defaults())) {
            assertThat(again.keys()).containsExactly("thread:1");
        }

        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        SearchIndex.open(dir, SearchIndexOptions.defaults()).close();
        assertThat(dir.listAll()).isNotNull();
    }

    @Test
    void indexAnalysedDifferentlyMustBeRebuilt() {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        SearchIndexOptions kstem = SearchIndexOptions.defaults().withStemmer(SearchIndexOptions.Stemmer.KSTEM);
        try (SearchIndex index = SearchIndex.open(dir, kstem)) {
            index.upsert(thread(1, "Running reports", "body"));
            index.commit(1);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SearchIndex.open(
                        dir, SearchIndexOptions.defaults().withStemmer(SearchIndexOptions.Stemmer.PORTER)))
                .isInstanceOf(SearchIndexException.class)
                .satisfies(e ->
                        assertThat(((SearchIndexException) e).isCorruption()).isTrue());
        try (SearchIndex same = SearchIndex.open(dir, kstem)) {
            assertThat(same.keys()).containsExactly("thread:1");
        }
    }
}
