package org.wenshu.catalog.store;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.wenshu.catalog.intake.CatalogWriter;
import org.wenshu.contracts.DocumentAnalyzed;
import org.wenshu.contracts.DocumentReceived;
import org.wenshu.contracts.ArticleFound;
import org.wenshu.contracts.EntityMention;
import org.wenshu.contracts.RoleStated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Singleton
class JdbcCatalogWriter implements CatalogWriter {
    private final DocumentRepository documents;
    private final EntityRepository entities;
    private final MentionRepository mentions;
    private final RoleRepository roles;
    private final ArticleRepository articles;

    JdbcCatalogWriter(DocumentRepository documents, EntityRepository entities, MentionRepository mentions,
                      RoleRepository roles, ArticleRepository articles) {
        this.documents = documents;
        this.entities = entities;
        this.mentions = mentions;
        this.roles = roles;
        this.articles = articles;
    }

    @Override
    @Transactional
    public void recordReceived(DocumentReceived event) {
        documents.insertIfAbsent(event.documentId(), event.filename(), event.sizeBytes(), event.receivedAt(),
                event.publishedAt());
    }

    @Override
    @Transactional
    public boolean recordAnalysis(DocumentAnalyzed event) {
        // The analysis may overtake its DocumentReceived (they travel on different topics).
        documents.insertIfAbsent(event.documentId(), event.filename(), event.sizeBytes(), event.receivedAt(),
                event.publishedAt());
        if (documents.applyAnalysis(event.documentId(), event.analyzedAt(), event.analyzer(), event.text(),
                event.publishedAt()) == 0) {
            return false;
        }
        String id = event.documentId();
        mentions.deleteByDocumentId(id);
        roles.deleteByDocumentId(id);
        articles.deleteByDocumentId(id);
        // One entity per type and canonical name: 丰台 and 丰台区 in one document are one place.
        Map<String, Long> entityIds = new HashMap<>();
        List<MentionRow> mentionRows = new ArrayList<>(event.mentions().size());
        for (EntityMention m : event.mentions()) {
            String name = m.canonical() == null ? m.text() : m.canonical();
            long entityId = entityIds.computeIfAbsent(m.type() + '\u0000' + name, key -> entityId(m.type(), name));
            mentionRows.add(new MentionRow(null, id, entityId, m.start(), m.end(), m.value()));
        }
        mentions.saveAll(mentionRows);
        List<RoleRow> roleRows = new ArrayList<>();
        for (RoleStated role : event.roles()) {
            roleRows.add(new RoleRow(null, id, role.person(), role.title(), role.organization()));
        }
        roles.saveAll(roleRows);
        List<ArticleRow> articleRows = new ArrayList<>();
        for (int i = 0; i < event.articles().size(); i++) {
            ArticleFound a = event.articles().get(i);
            articleRows.add(new ArticleRow(null, id, i, a.headline(), a.byline(), a.date(), a.dateIso(), a.start(), a.end()));
        }
        articles.saveAll(articleRows);
        return true;
    }

    private long entityId(String type, String name) {
        entities.insertIfAbsent(type, name);
        return entities.findByTypeAndName(type, name)
                .map(EntityRow::id)
                .orElseThrow(() -> new IllegalStateException("entity " + type + " " + name + " vanished after insert"));
    }
}
