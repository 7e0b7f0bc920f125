package org.practicereview.web.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.practicereview.identity.CaseScope;
import org.practicereview.referral.CaseIndex;
import org.practicereview.shared.Stage;
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
        return new CaseFilters(s, p, "yes".equals(overdue), r == null || r.isEmpty() ? null : r, number(page));
    }

    private static int number(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 1;
        }
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

    /** One item of GOV.UK pagination (components/pagination.html): a page number, or an ellipsis when {@code number} is 0. */
    public record PageLink(int number, String href, boolean current) {

        public boolean ellipsis() {
            return number == 0;
        }

        /** The first, the last and the pages either side of the current one, with an ellipsis for each gap. */
        public static List<PageLink> around(int current, int pages, java.util.function.IntFunction<String> href) {
            List<PageLink> links = new ArrayList<>();
            int last = 0;
            for (int n = 1; n <= pages; n++) {
                if (n == 1 || n == pages || Math.abs(n - current) <= 1) {
                    if (n - last > 1) {
                        links.add(new PageLink(0, null, false));
                    }
                    links.add(new PageLink(n, href.apply(n), n == current));
                    last = n;
                }
            }
            return links;
        }
    }

    /** First, last, and the pages either side of the current one, with ellipses between. */
    List<PageLink> pageLinks(int pages) {
        return PageLink.around(page, pages, this::href);
    }
}
