package org.practicereview.shared;

import java.util.List;
import java.util.Set;

/**
 * What a module contributes to a case file: the sections of its part of the case that this viewer
 * may see, the access rule applied here and not in the page. The caller has already let the viewer
 * open the case and runs every provider in one read-only transaction; a provider reads in batches,
 * never one query per row.
 */
public interface CaseFileSections {

    /** The keys of the sections this provider may return, so that a task brief asks only the providers it needs. */
    Set<String> keys();

    List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference);
}
