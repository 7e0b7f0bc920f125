package org.practicereview.web.cases;

import java.util.Arrays;
import java.util.Locale;
import org.practicereview.identity.CaseScope;
import org.practicereview.referral.CaseIndex;
import org.practicereview.shared.Stage;
import org.practicereview.shared.web.Pagination;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the case list as typed in the address (GET, so a filtered list can be bookmarked and
 * works without JavaScript). Values that are not one of the options are ignored, never an error.
 */
public record CaseFilters(Stage stage, String purpose, boolean overdueOnly, String reference, int page) {

    static final int PAGE_SIZE = 25;

    static CaseFilters of(String stage, String purpose, String overdue, String reference, String page) {
        Stage s = Arrays.stream(Stage.values()).filter(v -> v.name().equals(stage)).findFirst().orElse(null);
        String p = Labels.PURPOSES.containsKey(purpose) ? purpose : null;
        String r = reference == null || reference.isBlank() ? null
                : reference.strip().toUpperCase(Locale.UK).replaceAll("[^A-Z0-9-]", "");
        return new CaseFilters(s, p, "yes".equals(overdue), r == null || r.isEmpty() ? null : r, Pagination.pageNumber(page));
    }

    CaseIndex.Query query(CaseScope scope) {
        return new CaseIndex.Query(stage, purpose, overdueOnly, reference, scope.cases(), page, PAGE_SIZE);
    }

    public boolean any() {
        return stage != null || purpose != null || overdueOnly || reference != null;
    }

    public String href(int toPage) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/cases");
        if (stage != null) b.queryParam("stage", stage.name());
        if (purpose != null) b.queryParam("purpose", purpose);
        if (overdueOnly) b.queryParam("overdue", "yes");
        if (reference != null) b.queryParam("reference", reference);
        if (toPage > 1) b.queryParam("page", toPage);
        return b.build().encode().toUriString();
    }

    Pagination pagination(int pages) {
        return Pagination.of(page, pages, this::href);
    }
}
