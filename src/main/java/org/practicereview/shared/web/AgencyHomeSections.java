package org.practicereview.shared.web;

import java.util.List;
import org.practicereview.shared.Actor;

/**
 * What a module asks of an agency on its home page, beside its referrals and information requests:
 * each section already in words and already limited to what this agency user may see. The home page
 * lists every provider's sections in their order, so a module adds its asks without the page knowing it.
 */
public interface AgencyHomeSections {

    List<Section> sectionsFor(Actor agencyUser);

    /**
     * A headed list of links; {@code empty} is said when there is nothing to do, and without it the section is
     * left out until there is. {@code key} is the list's id on the page.
     */
    record Section(String key, String heading, String empty, List<Item> items) {

        public Section {
            items = List.copyOf(items);
        }
    }

    /** One thing to do: the link's words, where it goes, and a plain hint (when published, when due). */
    record Item(String text, String href, String hint, boolean overdue) {}
}
