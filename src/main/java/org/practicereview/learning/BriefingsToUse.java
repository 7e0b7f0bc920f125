package org.practicereview.learning;

import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.web.AgencyHomeSections;
import org.springframework.stereotype.Component;

/** On an agency's home page: the published briefings its people have not yet recorded a use of, each linked to the form. */
@Component
class BriefingsToUse implements AgencyHomeSections {

    private final BriefingUses uses;

    BriefingsToUse(BriefingUses uses) {
        this.uses = uses;
    }

    @Override
    public List<Section> sectionsFor(Actor agencyUser) {
        List<Item> items = uses.notYetUsedBy(agencyUser).stream()
                .map(r -> new Item("Record a use of " + r.title(), BriefingUses.recordPath(r.caseReference()),
                        "Published " + r.monthYear(), false))
                .toList();
        return List.of(new Section("briefings-to-use", "7 minute briefings to use with your staff",
                "Your agency has recorded a use of every published briefing.", items));
    }
}
