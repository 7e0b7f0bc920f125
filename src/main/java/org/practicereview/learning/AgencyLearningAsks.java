package org.practicereview.learning;

import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.web.AgencyHomeSections;
import org.springframework.stereotype.Component;

/**
 * On an agency's home page: the reviews it has been asked about and has not answered (what changed in
 * practice), and the published briefings its people have not yet recorded a use of, each linked to its form.
 */
@Component
class AgencyLearningAsks implements AgencyHomeSections {

    private final BriefingUses uses;
    private final PracticeQuestions questions;

    AgencyLearningAsks(BriefingUses uses, PracticeQuestions questions) {
        this.uses = uses;
        this.questions = questions;
    }

    @Override
    public List<Section> sectionsFor(Actor agencyUser) {
        List<Item> asked = questions.waitingFor(agencyUser).stream()
                .map(q -> new Item("Say what changed in practice after the review of case " + q.caseReference(),
                        PracticeQuestions.answerPath(q.caseReference()), "Asked on " + q.askedOn() + ". " + q.status(), q.overdue()))
                .toList();
        List<Item> briefings = uses.notYetUsedBy(agencyUser).stream()
                .map(r -> new Item("Record a use of " + r.title(), BriefingUses.recordPath(r.caseReference()),
                        "Published " + r.monthYear(), false))
                .toList();
        return List.of(
                new Section("what-changed", "What changed in practice after a review", null, asked),
                new Section("briefings-to-use", "7 minute briefings to use with your staff",
                        "Your agency has recorded a use of every published briefing.", briefings));
    }
}
