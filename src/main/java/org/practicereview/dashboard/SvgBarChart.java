package org.practicereview.dashboard;

/**
 * Lays a chart out for inline SVG that works under the strict content security policy: the template
 * dashboard/chart.html draws it with presentation attributes only (no style attribute, no script), as
 * {@code role="img"} named by its {@code <title>} and described by its {@code <desc>}, every text escaped by
 * Thymeleaf. Each bar carries its label and its number as text, so colour is never the only signal; the bars'
 * blue and the text's near-black both pass contrast on white.
 */
final class SvgBarChart {

    static final String BAR = "#1d70b8";
    static final String TEXT = "#0b0c0c";
    static final String AXIS = "#505a5f";
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 300;
    static final int ROW = 32;

    private SvgBarChart() {}

    /** Where each label, bar and number stands; the page's template (dashboard/chart.html) draws them. */
    static Chart.Drawing layout(Chart chart) {
        int height = Math.max(1, chart.rows().size()) * ROW + 8;
        long max = chart.rows().stream().mapToLong(Chart.Row::value).max().orElse(0);
        java.util.List<Chart.Bar> bars = new java.util.ArrayList<>();
        int y = 4;
        for (Chart.Row row : chart.rows()) {
            int length = max == 0 ? 0 : (int) Math.round((double) row.value() * BAR_SPACE / max);
            int drawn = Math.max(length, 1);
            bars.add(new Chart.Bar(shorten(row.label()), row.value(), y + 21, LABEL_WIDTH, y + 4, drawn, ROW - 8,
                    length == 0 ? AXIS : BAR, LABEL_WIDTH + drawn + 8));
            y += ROW;
        }
        return new Chart.Drawing("chart-" + chart.id(), WIDTH, height, LABEL_WIDTH, bars);
    }

    /** A label too long for its space is cut with an ellipsis on the chart only; the table beside it has it whole. */
    static String shorten(String label) {
        return label.length() <= 30 ? label : label.substring(0, 29) + "…";
    }
}
