package org.practicereview.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** The publication pack of the published demo review, "Child A": a complete 7 minute briefing, published as a summary only. */
final class DemoBriefing {

    private DemoBriefing() {}

    static Map<String, Object> pack() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("pseudonym", "Child A");
        p.put("briefing1Background", "A pre-school child was taken to hospital with injuries that could not be explained. "
                + "Health, police and early years services had each seen signs of concern in the months before.");
        p.put("briefing2WhyItMatters", "Each agency held part of the picture. Put together, the concerns would have led "
                + "to a strategy discussion weeks earlier.");
        p.put("briefing3Heading", "Sharing concerns");
        p.put("briefing3Text", "Concerns were recorded in each agency's own system but were not shared, because each "
                + "thought the concern on its own was too small.");
        p.put("briefing4Heading", "Professional curiosity");
        p.put("briefing4Text", "Explanations for bruising were accepted without being checked against what others knew.");
        p.put("briefing5Heading", "The child's lived experience");
        p.put("briefing5Text", "No record described a day in the child's life; the child's voice was missing.");
        p.put("briefing6ThingsToRemember", "Small concerns add up. Ask, record and share, even when a concern seems minor.");
        p.put("briefing7Actions", "Discuss this briefing in your next team meeting and use the escalation policy "
                + "when a concern is not acted on.");
        p.put("reflectiveQuestion1", "What are your key thoughts from this briefing?");
        p.put("reflectiveQuestion2", "How will the learning be embedded, and how will you know?");
        p.put("reflectiveQuestion3", "How does it feed into your team's improvement plan?");
        p.put("themes", "information sharing, professional curiosity, voice of the child");
        p.put("catalogueSummary", "A review of how agencies shared concerns about a pre-school child before an admission to hospital.");
        p.put("catalogueLearning", "Small concerns held by separate agencies must be shared so that the whole picture is seen.");
        p.put("catalogueRecommendations", "A multi-agency protocol for sharing health concerns with the police.");
        p.put("catalogueMethodology", "SCIE Learning Together systems methodology.");
        // The demo uploads no report, so it records the other way the chair may approve publication.
        p.put("summaryOnly", "yes");
        p.put("summaryOnlyReason", "The full report would identify the family in a small village; the board publishes "
                + "the briefing and a summary of the learning.");
        p.put("proceedingsOpen", "no");
        return p;
    }
}
