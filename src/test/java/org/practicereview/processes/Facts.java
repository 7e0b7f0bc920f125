package org.practicereview.processes;

import java.util.Map;

/** The six statutory-criteria facts a PRG member records when screening (inputs of scr-criteria.dmn). */
record Facts(boolean diedInCustodyOrDetention, boolean diedDeprivedOfLibertyMca, boolean abuseOrNeglectKnownOrSuspected,
             boolean childDied, boolean childSeriouslyHarmed, boolean definitiveEvidenceNoConcern) {

    static Map<String, Object> deathInCustody() {
        return new Facts(true, false, true, true, false, false).asVariables();
    }

    static Map<String, Object> deathWithAbuseSuspected() {
        return new Facts(false, false, true, true, false, false).asVariables();
    }

    static Map<String, Object> harmWithoutAbuseOrNeglect() {
        return new Facts(false, false, false, false, true, false).asVariables();
    }

    Map<String, Object> asVariables() {
        return Map.of(
                "diedInCustodyOrDetention", diedInCustodyOrDetention,
                "diedDeprivedOfLibertyMca", diedDeprivedOfLibertyMca,
                "abuseOrNeglectKnownOrSuspected", abuseOrNeglectKnownOrSuspected,
                "childDied", childDied,
                "childSeriouslyHarmed", childSeriouslyHarmed,
                "definitiveEvidenceNoConcern", definitiveEvidenceNoConcern);
    }
}
