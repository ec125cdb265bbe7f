package org.briefings.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.briefings.Briefing;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index writer: adds, replaces and deletes by file and by id, NRT visibility and commits. */
class BriefingIndexTest {

    @TempDir
    Path dir;

    private static final Briefing KOREA = Briefings.of(
            "Coal exports", "North Korea shipped coal.", "2019-04-11", List.of("KP"), List.of(), List.of());
    private static final Briefing IRAN =
            Briefings.of("Oil exports", "Iran sold crude.", "2020-06-01", List.of("IR"), List.of(), List.of());

    private static BriefingDocuments.FileInfo file(String path, Briefing b) {
        return new BriefingDocuments.FileInfo(b.id(), path, 10, 20);
    }

    @Test
    void anAddedBriefingIsVisibleAfterARefreshAndNotBefore() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.replaceFile("a.txt", List.of(KOREA), file("a.txt", KOREA));
            assertEquals(0, index.count(), "not visible before the NRT refresh");
            index.refresh();
            assertEquals(1, index.count());
            assertTrue(index.contains(KOREA.id()));
            assertTrue(index.containsFile(KOREA.id()));
            assertEquals(KOREA, index.get(KOREA.id()).orElseThrow());
        }
    }

    @Test
    void replacingAFileDropsWhatItHeldBefore() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.replaceFile("a.txt", List.of(KOREA), file("a.txt", KOREA));
            index.replaceFile("a.txt", List.of(IRAN), file("a.txt", IRAN));
            index.refresh();
            assertEquals(1, index.count());
            assertFalse(index.contains(KOREA.id()));
            assertTrue(index.contains(IRAN.id()));
            assertEquals(IRAN.id(), index.indexedFiles().get("a.txt").fileId());
        }
    }

    @Test
    void theSameBriefingUnderASecondPathIsOneDocument() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.replaceFile("a.txt", List.of(KOREA), file("a.txt", KOREA));
            index.replaceFile("copy.txt", List.of(KOREA), file("copy.txt", KOREA));
            index.refresh();
            assertEquals(1, index.count());
            assertEquals("copy.txt", index.briefingsOfFile(KOREA.id()).filePath());
        }
    }

    @Test
    void deletesGoByFilePathOrById() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.replaceFile("a.txt", List.of(KOREA), file("a.txt", KOREA));
            index.replaceFile("b.txt", List.of(IRAN), file("b.txt", IRAN));
            index.refresh();
            index.deleteFile("a.txt");
            index.delete(IRAN.id());
            assertEquals(2, index.count(), "deletes are not visible before a refresh");
            index.refresh();
            assertEquals(0, index.count());
            assertTrue(index.indexedFiles().isEmpty());
            assertNull(index.briefingsOfFile(KOREA.id()));
        }
    }

    @Test
    void whatIsCommittedIsThereWhenTheIndexIsOpenedAgain() throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            assertNull(index.lastCommit());
            index.replaceFile("a.txt", List.of(KOREA), file("a.txt", KOREA));
            assertTrue(index.hasUncommittedChanges());
            index.commit();
            assertFalse(index.hasUncommittedChanges());
            assertNotNull(index.lastCommit());
        }
        try (LuceneIndex again = LuceneIndex.open(dir)) {
            assertEquals(1, again.count());
            assertNotNull(again.lastCommit(), "the commit time is kept with the commit");
            BriefingDocuments.FileInfo info = again.indexedFiles().get("a.txt");
            assertEquals(new BriefingDocuments.FileInfo(KOREA.id(), "a.txt", 10, 20), info);
            assertNull(again.rebuiltFromVersion(), "an index of this schema is kept");
        }
    }

    @Test
    void anIndexWrittenByAnotherSchemaVersionIsEmptiedSoReconciliationRefillsIt() throws Exception {
        // an index as version 1 left it: documents, and commit data without a schema version
        try (IndexWriter old = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField(BriefingSchema.ID, "old", Field.Store.YES));
            old.addDocument(d);
            old.setLiveCommitData(Map.of("committed_at", "1").entrySet());
            old.commit();
        }
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            assertEquals("1", index.rebuiltFromVersion());
            assertEquals(0, index.count());
            assertTrue(index.indexedFiles().isEmpty(), "every file looks new to reconciliation");
        }
        try (LuceneIndex again = LuceneIndex.open(dir)) {
            assertNull(again.rebuiltFromVersion(), "emptied once, then current");
        }
    }
}
