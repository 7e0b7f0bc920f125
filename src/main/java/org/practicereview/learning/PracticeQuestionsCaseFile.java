package org.practicereview.learning;

import java.util.List;
import java.util.Set;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Component;

/**
 * The follow-up survey on the case page, beside the review: each agency asked what changed in practice,
 * when, and its answer. The board reads every agency's; an agency only its own.
 */
@Component
class PracticeQuestionsCaseFile implements CaseFileSections {

    private final PracticeQuestions questions;

    PracticeQuestionsCaseFile(PracticeQuestions questions) {
        this.questions = questions;
    }

    @Override
    public Set<String> keys() {
        return Set.of("what-changed");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        List<Part> parts = questions.answers(viewer, caseReference).stream()
                .map(a -> new Part(a.agency(), "Asked on " + a.askedOn(), a.answer() == null
                        ? List.of(Row.of("Answer", a.overdue() ? "Overdue: " + a.status() : a.status()))
                        : List.of(Row.of("What changed", a.answer()), Row.of("Answered", a.status()))))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        questions.toBeAsked(viewer, caseReference).forEach(q -> parts.add(new Part(q.agency(), q.status(),
                List.of(Row.of("Answer", "Not asked yet")))));
        return List.of(CaseFileSection.of("what-changed", "What changed in practice", 85, parts,
                "No agency has been asked yet: agencies are asked some months after publication."));
    }
}
