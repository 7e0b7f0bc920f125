/**
 * The board's documents: PDF renderers that take plain view records (the 7 minute briefing, the
 * chair's decision record, the PRG report) and return the bytes of a tagged, font-embedded PDF, the
 * measure of what fits the briefing, and the store of each case's documents (stored_document).
 * It knows nothing of the engine and depends on no other module but {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.practicereview.documents;
