package org.practicereview.web.cases;

import java.util.Comparator;
import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Component;

/**
 * Composes a case file from the sections every module publishes. The case page shows them all, in
 * process order; a task brief asks for the keys its decision needs, in the order it reads them. The
 * caller has let the viewer open the case and holds the read-only transaction.
 */
@Component
public class CaseFile {

    private final List<CaseFileSections> providers;

    CaseFile(List<CaseFileSections> providers) {
        this.providers = providers;
    }

    /** Every section the viewer may see. */
    public List<CaseFileSection> sections(Actor viewer, CaseReference caseReference) {
        return providers.stream().flatMap(p -> p.sectionsFor(viewer, caseReference).stream())
                .sorted(Comparator.comparingInt(CaseFileSection::order)).toList();
    }

    /**
     * Only the sections with these keys that the viewer may see, in the order the keys are listed: a task's brief,
     * which leads with what its decision is about. Only the providers that publish one of the keys are asked, so a
     * brief reads what it shows and no more.
     */
    public List<CaseFileSection> sections(Actor viewer, CaseReference caseReference, List<String> keys) {
        return providers.stream().filter(p -> p.keys().stream().anyMatch(keys::contains))
                .flatMap(p -> p.sectionsFor(viewer, caseReference).stream()).filter(s -> keys.contains(s.key()))
                .sorted(Comparator.comparingInt((CaseFileSection s) -> keys.indexOf(s.key()))
                        .thenComparingInt(CaseFileSection::order)).toList();
    }
}
