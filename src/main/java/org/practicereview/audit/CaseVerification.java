package org.practicereview.audit;

/**
 * What verifying the trail says about one case: its events are links in the one chain of every case,
 * so the whole chain is checked, and the answer counts this case's events in it and how many of them
 * lie at or after the first broken link (those cannot be trusted).
 */
public record CaseVerification(String caseReference, Verification chain, long caseEvents, long caseEventsFromBreak) {

    public boolean intact() {
        return chain.intact();
    }

    /** One sentence for the page: what was checked for this case. */
    public String summary() {
        String events = caseEvents == 1 ? "1 event" : caseEvents + " events";
        if (chain.intact()) {
            return "The " + events + " of case " + caseReference + " were checked within the whole trail of "
                    + chain.eventsChecked() + " events: each matches its hash and links to the event before it.";
        }
        return caseEventsFromBreak == 0
                ? "None of the " + events + " of case " + caseReference + " comes at or after the break."
                : caseEventsFromBreak + " of the " + events + " of case " + caseReference
                        + " come at or after the break and cannot be trusted.";
    }
}
