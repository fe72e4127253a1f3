package org.hub.api.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hub.api.users.User;
import org.hub.api.users.UserDao;
import org.hub.api.users.UserRowMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Documents and their versions. Deleted documents are never read back. */
@RegisterRowMapper(DocumentDao.HeadMapper.class)
@RegisterConstructorMapper(Document.DocumentVersion.class)
@RegisterConstructorMapper(DocumentDao.PendingVersion.class)
public interface DocumentDao {
    /** A document joined to its current version and uploader. */
    String HEAD = "SELECT doc.id, doc.group_id, doc.title, doc.description, doc.tags, doc.created_at,"
            + " doc.current_version, v.filename, v.content_type, v.size_bytes, v.sha256, v.extraction_status,"
            + " g.slug AS group_slug, g.name AS group_name, g.visibility AS group_visibility, " + UserDao.USER_COLUMNS
            + """
             FROM documents doc
             JOIN document_versions v ON v.document_id = doc.id AND v.version = doc.current_version
             JOIN hub_groups g ON g.id = doc.group_id
             JOIN users u ON u.id = doc.uploaded_by
             LEFT JOIN departments d ON d.id = u.department_id
            WHERE doc.deleted_at IS NULL
            """;

    record Head(
            long id,
            long groupId,
            String groupSlug,
            String groupName,
            String groupVisibility,
            String title,
            String description,
            String tags,
            Instant createdAt,
            int currentVersion,
            String filename,
            String contentType,
            long size,
            String sha256,
            String extractionStatus,
            User uploadedBy) {}

    record PendingVersion(long id, long documentId, String sha256, String filename) {}

    @SqlUpdate("""
            INSERT INTO documents (group_id, title, description, tags, uploaded_by, created_at, updated_at, current_version)
            VALUES (:groupId, :title, :description, :tags, :uploadedBy, :now, :now, 1)
            """)
    @GetGeneratedKeys("id")
    long insertDocument(long groupId, String title, String description, String tags, long uploadedBy, Instant now);

    @SqlUpdate("""
            INSERT INTO document_versions (document_id, version, filename, content_type, size_bytes, sha256, uploaded_by,
                                           created_at, extraction_status)
            VALUES (:documentId, :version, :filename, :contentType, :size, :sha256, :uploadedBy, :now, 'pending')
            """)
    @GetGeneratedKeys("id")
    long insertVersion(
            long documentId,
            int version,
            String filename,
            String contentType,
            long size,
            String sha256,
            long uploadedBy,
            Instant now);

    @SqlUpdate("UPDATE documents SET current_version = :version, updated_at = :now WHERE id = :id")
    void setCurrentVersion(long id, int version, Instant now);

    @SqlUpdate("UPDATE documents SET deleted_at = :now WHERE id = :id AND deleted_at IS NULL")
    int delete(long id, Instant now);

    @SqlQuery(HEAD + " AND doc.id = :id")
    Optional<Head> find(long id);

    @SqlQuery(HEAD + " AND doc.id IN (<ids>)")
    List<Head> findAll(@BindList("ids") java.util.Collection<Long> ids);

    @SqlQuery(HEAD + " AND doc.id > :after ORDER BY doc.id LIMIT :limit")
    List<Head> after(long after, int limit);

    @SqlQuery("SELECT COUNT(*) FROM documents WHERE deleted_at IS NULL")
    long countLive();

    @SqlQuery(HEAD + " AND doc.group_id = :groupId AND doc.id < :before ORDER BY doc.id DESC LIMIT :limit")
    List<Head> listInGroup(long groupId, long before, int limit);

    @SqlQuery("""
            SELECT version, size_bytes AS size, sha256, created_at, filename, content_type
            FROM document_versions WHERE document_id = :documentId ORDER BY version
            """)
    List<Document.DocumentVersion> versions(long documentId);

    /**
     * Holds the document's row until the transaction ends, so that two new versions of it are
     * numbered one after the other rather than both from the same highest number.
     */
    @SqlQuery("SELECT id FROM documents WHERE id = :documentId FOR UPDATE")
    long lockForNewVersion(long documentId);

    @SqlQuery("SELECT MAX(version) FROM document_versions WHERE document_id = :documentId")
    int maxVersion(long documentId);

    @SqlQuery("""
            SELECT id, document_id, sha256, filename FROM document_versions
            WHERE extraction_status = 'pending' ORDER BY id
            """)
    List<PendingVersion> pending();

    @SqlQuery("SELECT id, document_id, sha256, filename FROM document_versions WHERE id = :id")
    Optional<PendingVersion> version(long id);

    @SqlUpdate("UPDATE document_versions SET extraction_status = :status, extracted_text = :text WHERE id = :id")
    void setExtracted(long id, String status, String text);

    /** The extracted text of each document's current version, for indexing. */
    @SqlQuery("""
            SELECT v.document_id, v.extracted_text FROM document_versions v JOIN documents doc ON doc.id = v.document_id
            WHERE v.version = doc.current_version AND v.document_id IN (<ids>)
            """)
    @RegisterConstructorMapper(ExtractedText.class)
    List<ExtractedText> currentTexts(@BindList("ids") java.util.Collection<Long> ids);

    record ExtractedText(long documentId, String extractedText) {}

    @SqlQuery("SELECT COUNT(*) FROM document_versions WHERE sha256 = :sha256")
    int referencesTo(String sha256);

    final class HeadMapper implements RowMapper<Head> {
        @Override
        public Head map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Head(
                    rs.getLong("id"),
                    rs.getLong("group_id"),
                    rs.getString("group_slug"),
                    rs.getString("group_name"),
                    rs.getString("group_visibility"),
                    rs.getString("title"),
                    rs.getString("description"),
                    rs.getString("tags"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getInt("current_version"),
                    rs.getString("filename"),
                    rs.getString("content_type"),
                    rs.getLong("size_bytes"),
                    rs.getString("sha256"),
                    rs.getString("extraction_status"),
                    UserRowMapper.map(rs, "u_"));
        }
    }
}
