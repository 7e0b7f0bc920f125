package org.practicereview.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart as the page draws it: the template dashboard/chart.html rendered with the layout of SvgBarChart. */
class SvgBarChartTest {

    private static final SpringTemplateEngine TEMPLATES = templates();

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static String svg(Chart chart) {
        return TEMPLATES.process("dashboard/chart", Set.of("chart"), new Context(Locale.UK, Map.of("chart", chart))).strip();
    }

    private static Chart chart(Map<String, Long> counts) {
        return Chart.of("actions", "Actions by status", "Status", counts);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void isAnImageNamedByItsTitleAndDescribedWithEveryFigure() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Not started", 2L);
        counts.put("In progress", 5L);
        counts.put("Overdue", 0L);
        Document svg = parse(svg(chart(counts)));
        Element root = svg.getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-actions-title chart-actions-desc");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Actions by status");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Bar chart of actions by status. Not started: 2; In progress: 5; Overdue: 0.");
    }

    @Test
    void labelsEveryBarWithItsNameAndNumberSoColourIsNotTheOnlySignal() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Met", 3L);
        counts.put("Missed", 1L);
        Document svg = parse(svg(chart(counts)));

        assertThat(texts(svg)).containsExactly("Met", "3", "Missed", "1");
        NodeList bars = svg.getElementsByTagName("rect");
        assertThat(bars.getLength()).isEqualTo(2);
        int longest = Integer.parseInt(((Element) bars.item(0)).getAttribute("width"));
        int shortest = Integer.parseInt(((Element) bars.item(1)).getAttribute("width"));
        assertThat(longest).isEqualTo(SvgBarChart.BAR_SPACE);
        assertThat(shortest).isEqualTo(SvgBarChart.BAR_SPACE / 3);
    }

    @Test
    void carriesNoStyleOrScriptSoTheStrictContentSecurityPolicyAllowsIt() {
        String svg = svg(chart(Map.of("Open", 1L)));

        assertThat(svg).doesNotContain("style", "<script", "onload", "javascript:");
    }

    @Test
    void escapesLabelsThatLookLikeMarkup() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Police & <Health> \"team\"", 4L);
        String svg = svg(chart(counts));

        assertThat(svg).doesNotContain("<Health>");
        assertThat(texts(parse(svg))).contains("Police & <Health> \"team\"");
    }

    @Test
    void saysThereIsNothingToCountWhenThePeriodIsEmpty() throws Exception {
        Document svg = parse(svg(chart(Map.of())));

        assertThat(texts(svg)).containsExactly("Nothing to count in this period");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Nothing to count in this period.");
    }

    @Test
    void barsAndTextPassContrastOnWhite() {
        assertThat(contrastOnWhite(SvgBarChart.BAR)).isGreaterThanOrEqualTo(3.0);
        assertThat(contrastOnWhite(SvgBarChart.AXIS)).isGreaterThanOrEqualTo(3.0);
        assertThat(contrastOnWhite(SvgBarChart.TEXT)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void aQuarterRunsThreeMonthsAndAYearTwelve() {
        Period quarter = new Period(2026, 2);
        assertThat(quarter.firstDay()).hasToString("2026-04-01");
        assertThat(quarter.end()).hasToString("2026-07-01");
        assertThat(quarter.words()).isEqualTo("April to June 2026");
        Period year = new Period(2026, null);
        assertThat(year.firstDay()).hasToString("2026-01-01");
        assertThat(year.end()).hasToString("2027-01-01");
        assertThat(year.words()).isEqualTo("2026");
    }

    /** WCAG 2 contrast ratio of a #rrggbb colour against white. */
    private static double contrastOnWhite(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
