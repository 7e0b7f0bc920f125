package org.practicereview.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What GOV.UK pagination (components/pagination.html) shows for one page of a list: the links to
 * the first, the last and the pages either side of the current one (an ellipsis for each gap), and
 * the previous and next links, null where there is none. The case list, the work queue and the
 * public list all page with it.
 */
public record Pagination(List<PageLink> links, String previousHref, String nextHref) {

    /** One item: a page number, or an ellipsis when {@code number} is 0. */
    public record PageLink(int number, String href, boolean current) {

        public boolean ellipsis() {
            return number == 0;
        }
    }

    public static Pagination of(int current, int pages, IntFunction<String> href) {
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
        return new Pagination(links, current > 1 ? href.apply(current - 1) : null,
                current < pages ? href.apply(current + 1) : null);
    }

    /** A requested page number: anything but a number is page 1; numbers are kept within 1 to 100,000. */
    public static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
