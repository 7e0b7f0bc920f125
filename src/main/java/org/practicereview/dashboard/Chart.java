package org.practicereview.dashboard;

import java.util.List;
import java.util.Map;

/**
 * One figure of the dashboard: what it counts, in words, and its rows. The chart, its table and its CSV
 * are all drawn from these rows, so they cannot disagree.
 */
public record Chart(String id, String title, String category, List<Row> rows) {

    public record Row(String label, long value) {}

    /** The chart laid out: its id in the page, its size and its bars. */
    public record Drawing(String id, int width, int height, int axisX, List<Bar> bars) {}

    /** One bar: its label and number as text, where they stand, and the bar's rectangle and colour. */
    public record Bar(String label, long value, int textY, int barX, int barY, int barWidth, int barHeight, String fill, int valueX) {}

    static Chart of(String id, String title, String category, Map<String, Long> counts) {
        return new Chart(id, title, category, counts.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList());
    }

    public long total() {
        return rows.stream().mapToLong(Row::value).sum();
    }

    /** What the chart shows, said in full for a screen reader: "Not started: 2; In progress: 1." */
    public String description() {
        if (rows.isEmpty()) {
            return "Nothing to count in this period.";
        }
        StringBuilder words = new StringBuilder("Bar chart of " + title.substring(0, 1).toLowerCase() + title.substring(1) + ". ");
        rows.forEach(r -> words.append(r.label()).append(": ").append(r.value()).append("; "));
        return words.substring(0, words.length() - 2) + ".";
    }

    /** The chart laid out for the page's inline SVG (dashboard/chart.html). */
    public Drawing drawing() {
        return SvgBarChart.layout(this);
    }
}
