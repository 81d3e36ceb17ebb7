package org.anchorage.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.anchorage.reporting.internal.ReportChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The server-drawn bar chart, parsed back as XML. */
class ReportChartTest {

    static final Figures PLACES = new Figures("reach-by-place", "Who was reached, by target place",
            "People reached in each target place; the longest bar is Purfleet.", "Target place", List.of("People reached"),
            List.of(new Figures.Line("Grays", List.of(3L)), new Figures.Line("<script>alert('x')</script> & Tilbury", List.of(12L)),
                    new Figures.Line("Purfleet-on-Thames and the riverside estates north of the A13", List.of(48L)),
                    new Figures.Line("Aveley", List.of(0L)), new Figures.Line("All places", List.of(63L))),
            true, List.of(), "bars");

    @Test
    void the_chart_is_well_formed_svg_with_a_bar_for_each_drawn_row_and_none_for_a_hidden_count() throws Exception {
        Report.ReportTable table = Disclosure.table(PLACES, true);
        String svg = ReportChart.svg(table);

        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 320 ");
        assertThat(Integer.parseInt(root.getAttribute("font-size"))).isGreaterThanOrEqualTo(14);
        assertThat(text(doc, "title")).containsExactly("Who was reached, by target place");
        assertThat(text(doc, "desc")).containsExactly("People reached in each target place; the longest bar is Purfleet.");
        for (String id : root.getAttribute("aria-labelledby").split(" ")) {
            assertThat(svg).contains("id=\"" + id + "\"");
        }
        assertThat(svg).doesNotContainIgnoringCase("<script").doesNotContain("onload").doesNotContain("style=");

        // Grays "1–7" and Tilbury "*" (hidden beside it under the total) draw nothing; Purfleet 50, Aveley 0, the total 65.
        NodeList rects = doc.getElementsByTagNameNS("*", "rect");
        assertThat(rects.getLength()).isEqualTo(3);
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            assertThat(rect.getAttribute("fill")).isEqualTo("#005eb8");
            widths.add(Integer.parseInt(rect.getAttribute("width")));
        }
        assertThat(widths.get(0)).as("Purfleet, 50 of 65").isEqualTo(Math.round(50f / 65 * (320 - 8 - 72)));
        assertThat(widths.get(1)).as("Aveley, 0").isZero();
        assertThat(widths.get(2)).as("the total, the longest").isEqualTo(320 - 8 - 72);
        assertThat(text(doc, "text")).contains("1–7", "*", "50", "0", "65", "Grays", "All places");
    }

    @Test
    void a_label_that_looks_like_markup_stays_text() throws Exception {
        String svg = ReportChart.svg(Disclosure.table(PLACES, false));

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;");
        Document doc = parse(svg);
        assertThat(String.join(" ", text(doc, "text"))).contains("<script>alert('x')</script> & Tilbury");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void a_long_label_is_wrapped_onto_lines_that_fit_the_narrow_drawing() throws Exception {
        Document doc = parse(ReportChart.svg(Disclosure.table(PLACES, false)));

        List<String> texts = text(doc, "text");
        assertThat(texts).contains("Purfleet-on-Thames and the");
        assertThat(texts).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(35));
        assertThat(ReportChart.svg(new Report.ReportTable("t", "T", "S", List.of("A", "B"), List.of(), "bars"))).isEmpty();
        assertThat(ReportChart.svg(new Report.ReportTable("t", "T", "S", List.of("A", "B"),
                List.of(new Report.Row("x", List.of(Report.Cell.of(1)))), "none"))).isEmpty();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> text(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
