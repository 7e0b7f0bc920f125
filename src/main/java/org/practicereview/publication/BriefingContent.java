package org.practicereview.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.WorkingDays;

/** Freezes the briefing texts of a pack as a version, and turns a version back into a {@link Briefing}. */
final class BriefingContent {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)
            .withZone(WorkingDays.UK);
    private static final String TYPE = "reviewType";

    private final ObjectMapper json;

    BriefingContent(ObjectMapper json) {
        this.json = json;
    }

    String snapshot(PublicationPack pack) {
        Map<String, String> content = new LinkedHashMap<>();
        content.put(TYPE, pack.reviewType().name());
        content.put(PackFields.PSEUDONYM, pack.pseudonym());
        for (PackFields.Panel p : PackFields.PANELS) {
            if (p.headingKey() != null) {
                content.put(p.headingKey(), pack.text(p.headingKey()));
            }
            content.put(p.textKey(), pack.text(p.textKey()));
        }
        PackFields.QUESTIONS.forEach(q -> content.put(q, pack.text(q)));
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot freeze briefing", e);
        }
    }

    /** The briefing dated by its publication when published, otherwise by its generation. */
    Briefing briefing(BriefingVersion version, String boardName, Instant publishedAt) {
        Map<String, String> c = read(version.contentJson());
        ReviewType type = ReviewType.valueOf(c.get(TYPE));
        String pseudonym = c.get(PackFields.PSEUDONYM);
        List<Briefing.Panel> panels = PackFields.PANELS.stream().map(p -> new Briefing.Panel(p.number(),
                p.fixedHeading() != null ? p.fixedHeading() : c.get(p.headingKey()), c.get(p.textKey()))).toList();
        Instant dated = publishedAt != null ? publishedAt : version.generatedAt();
        return new Briefing(title(type, pseudonym), pseudonym, type.title(), boardName, MONTH_YEAR.format(dated),
                version.versionNumber(), panels, PackFields.QUESTIONS.stream().map(c::get).toList(), publishedAt != null);
    }

    static String title(ReviewType type, String pseudonym) {
        return type.title() + " – " + pseudonym;
    }

    static String monthYear(Instant at) {
        return MONTH_YEAR.format(at);
    }

    private Map<String, String> read(String content) {
        try {
            return json.readValue(content, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable briefing version", e);
        }
    }
}
