package org.wenshu.nlp.processing;

import org.wenshu.contracts.ArticleFound;
import org.wenshu.contracts.EntityMention;
import org.wenshu.contracts.RoleStated;
import org.wenshu.nlp.analysis.Analysis;

import java.util.List;

/** An {@link Analysis} in the terms of the event contracts, shared by the Kafka worker and the HTTP API. */
public final class AnalysisEvents {
    private AnalysisEvents() {
    }

    public static List<EntityMention> mentions(Analysis analysis) {
        return analysis.mentions().stream().map(m -> {
            String canonical = analysis.canonicalName(m);
            return new EntityMention(m.type().name(), m.text(), m.start(), m.end(), m.value(),
                    canonical.equals(m.text()) ? null : canonical);
        }).toList();
    }

    public static List<RoleStated> roles(Analysis analysis) {
        return analysis.roles().stream().map(r -> new RoleStated(r.person(), r.title(), r.organization())).toList();
    }

    public static List<ArticleFound> articles(Analysis analysis) {
        return analysis.articles().stream()
                .map(a -> new ArticleFound(a.headline(), a.byline(), a.date(), a.dateIso(), a.start(), a.end()))
                .toList();
    }
}
