package org.practicereview.shared;

import java.util.List;

/**
 * What a module contributes to a case file: the sections of its part of the case that this viewer
 * may see, the access rule applied here and not in the page. The caller has already let the viewer
 * open the case and runs every provider in one read-only transaction; a provider reads in batches,
 * never one query per row.
 */
public interface CaseFileSections {

    List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference);
}
