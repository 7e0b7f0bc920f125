package org.practicereview.dashboard;

/**
 * Draws a chart as inline SVG that works under the strict content security policy: presentation
 * attributes only (no style attribute, no script), {@code role="img"} named by its {@code <title>} and
 * described by its {@code <desc>}. Each bar carries its label and its number as text, so colour is
 * never the only signal; the bars' blue and the text's near-black both pass contrast on white.
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

    static String render(Chart chart) {
        int height = Math.max(1, chart.rows().size()) * ROW + 8;
        long max = chart.rows().stream().mapToLong(Chart.Row::value).max().orElse(0);
        String id = "chart-" + chart.id();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" id=\"").append(id).append("\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(chart.description())).append("</desc>");
        int y = 4;
        for (Chart.Row row : chart.rows()) {
            int length = max == 0 ? 0 : (int) Math.round((double) row.value() * BAR_SPACE / max);
            svg.append("<text x=\"0\" y=\"").append(y + 21).append("\" font-family=\"sans-serif\" font-size=\"16\" fill=\"")
                    .append(TEXT).append("\">").append(escape(shorten(row.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(Math.max(length, 1)).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
                    .append(length == 0 ? AXIS : BAR).append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + Math.max(length, 1) + 8).append("\" y=\"").append(y + 21)
                    .append("\" font-family=\"sans-serif\" font-size=\"16\" font-weight=\"bold\" fill=\"").append(TEXT)
                    .append("\">").append(row.value()).append("</text>");
            y += ROW;
        }
        if (chart.rows().isEmpty()) {
            svg.append("<text x=\"0\" y=\"24\" font-family=\"sans-serif\" font-size=\"16\" fill=\"").append(TEXT)
                    .append("\">Nothing to count in this period</text>");
        }
        svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"0\" x2=\"").append(LABEL_WIDTH).append("\" y2=\"")
                .append(height).append("\" stroke=\"").append(AXIS).append("\" stroke-width=\"1\"/>");
        return svg.append("</svg>").toString();
    }

    /** A label too long for its space is cut with an ellipsis on the chart only; the table beside it has it whole. */
    static String shorten(String label) {
        return label.length() <= 30 ? label : label.substring(0, 29) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
