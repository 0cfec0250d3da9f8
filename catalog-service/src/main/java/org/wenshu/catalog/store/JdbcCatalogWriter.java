package org.wenshu.catalog.store;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.wenshu.catalog.intake.CatalogWriter;
import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.contracts.EntityMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Singleton
class JdbcCatalogWriter implements CatalogWriter {
    private final DocumentRepository documents;
    private final EntityRepository entities;
    private final MentionRepository mentions;

    JdbcCatalogWriter(DocumentRepository documents, EntityRepository entities, MentionRepository mentions) {
        this.documents = documents;
        this.entities = entities;
        this.mentions = mentions;
    }

    @Override
    @Transactional
    public void recordReceived(DocumentReceived event) {
        documents.insertIfAbsent(event.documentId(), event.filename(), event.sizeBytes(), event.receivedAt());
    }

    @Override
    @Transactional
    public boolean recordAnalysis(DocumentAnalyzed event) {
        // The analysis may overtake its DocumentReceived (they travel on different topics).
        documents.insertIfAbsent(event.documentId(), event.filename(), event.sizeBytes(), event.receivedAt());
        if (documents.applyAnalysis(event.documentId(), event.analyzedAt(), event.analyzer(), event.text()) == 0) {
            return false;
        }
        mentions.deleteByDocumentId(event.documentId());
        Map<String, Long> entityIds = new HashMap<>();
        List<MentionRow> rows = new ArrayList<>(event.mentions().size());
        for (EntityMention m : event.mentions()) {
            long entityId = entityIds.computeIfAbsent(m.type() + '\u0000' + m.text(), key -> entityId(m.type(), m.text()));
            rows.add(new MentionRow(null, event.documentId(), entityId, m.start(), m.end(), m.value()));
        }
        mentions.saveAll(rows);
        return true;
    }

    private long entityId(String type, String name) {
        entities.insertIfAbsent(type, name);
        return entities.findByTypeAndName(type, name)
                .map(EntityRow::id)
                .orElseThrow(() -> new IllegalStateException("entity " + type + " " + name + " vanished after insert"));
    }
}
