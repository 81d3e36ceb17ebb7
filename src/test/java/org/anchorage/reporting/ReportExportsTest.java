package org.anchorage.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anchorage.reporting.internal.ReportCsv;
import org.anchorage.reporting.internal.ReportPdf;
import org.anchorage.reporting.internal.ReportXlsx;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Each export of a whole report, read back with an independent reader: commons-csv, Apache POI, PDFBox. */
class ReportExportsTest {

    static final String TITLE = "Who was reached";
    static final String PROGRAMME = "Thurrock Health & Care Pathways";
    static final String RELEASE = "English Indices of Deprivation 2019; ONS Postcode Directory February 2026; Census 2021";

    /** A suppressed report of two tables, one a long list of places (so the PDF runs over a page), one typed label a formula. */
    static Report report() {
        List<Figures.Line> places = new ArrayList<>();
        places.add(new Figures.Line("Grays", List.of(3L, 1200L)));
        places.add(new Figures.Line("=HYPERLINK(\"http://x\",\"Tilbury\")", List.of(12L, 900L)));
        places.add(new Figures.Line("Purfleet-on-Thames", List.of(48L, 2000L)));
        long total = 63;
        for (int i = 1; i <= 70; i++) {
            places.add(new Figures.Line("Lower layer area Thurrock " + String.format("%03d", i), List.of(20L, 1500L)));
            total += 20;
        }
        places.add(new Figures.Line("All target places", List.of(total, 4100L + 70 * 1500L)));
        Figures reach = new Figures("reach-by-place", "Who was reached, by target place, against the people living there",
                "People reached in each target place, against its population aged 16 to 64 in Census 2021.", "Target place",
                List.of("People reached", "People living there"), places, true,
                List.of(new Figures.Share("Share reached", 0, 1)), "bars");
        Figures funnel = new Figures("funnel", "Who was reached, by target place, against the people living there (funnel)",
                "How many people reached each stage.", "Stage", List.of("People"),
                List.of(new Figures.Line("Referred", List.of(48L)), new Figures.Line("Eligible", List.of(13L)),
                        new Figures.Line("Job started", List.of(0L))), false, List.of(),
                "none");
        return new Report("reach", TITLE, PROGRAMME, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "target-place", true,
                Instant.parse("2026-04-02T09:15:00Z"), RELEASE, Disclosure.RULE,
                List.of(Disclosure.table(reach, true), Disclosure.table(funnel, true)));
    }

    @Test
    void the_csv_states_what_it_is_then_gives_each_table_as_shown_with_formulas_kept_as_text() throws Exception {
        byte[] csv = ReportCsv.write(report());

        assertThat(new String(csv, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new java.io.StringReader(text)).getRecords();
        Map<String, String> statements = new LinkedHashMap<>();
        for (CSVRecord r : records.subList(0, 7)) {
            statements.put(r.get(0), r.get(1));
        }
        assertThat(statements).containsEntry("Report", TITLE).containsEntry("Programme", PROGRAMME)
                .containsEntry("Period", "1 January 2026 to 31 March 2026").containsEntry("Grouped by", "Target place")
                .containsEntry("Produced", "2 April 2026, 10:15am").containsEntry("Data release", RELEASE)
                .containsEntry("Disclosure control", Disclosure.RULE);

        List<List<String>> rows = records.stream().map(CSVRecord::toList).toList();
        assertThat(rows).contains(List.of("Who was reached, by target place, against the people living there"),
                List.of("Target place", "People reached", "People living there", "Share reached"),
                List.of("Grays", "1–7", "1200", "*"),
                List.of("'=HYPERLINK(\"http://x\",\"Tilbury\")", "*", "900", "*"),
                List.of("Purfleet-on-Thames", "50", "2000", "2.5%"),
                List.of("Stage", "People"), List.of("Referred", "50"), List.of("Eligible", "15"), List.of("Job started", "0"));
        assertThat(text).doesNotContain(",=HYPERLINK").doesNotContain("\n=HYPERLINK");
    }

    @Test
    void the_workbook_has_an_about_sheet_and_a_sheet_per_table_with_numbers_as_numbers_and_hidden_figures_as_text() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(report())))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(0)).isEqualTo("About");
            String first = book.getSheetName(1);
            String second = book.getSheetName(2);
            assertThat(first).hasSizeLessThanOrEqualTo(31).isEqualTo("Who was reached, by target plac");
            assertThat(second).hasSizeLessThanOrEqualTo(31).isNotEqualToIgnoringCase(first).endsWith(" (2)");

            Map<String, String> about = new LinkedHashMap<>();
            for (Row row : book.getSheet("About")) {
                if (row.getCell(1) != null) {
                    about.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
                }
            }
            assertThat(about).containsEntry("Programme", PROGRAMME).containsEntry("Period", "1 January 2026 to 31 March 2026")
                    .containsEntry("Grouped by", "Target place").containsEntry("Produced", "2 April 2026, 10:15am")
                    .containsEntry("Data release", RELEASE).containsEntry("Disclosure control", Disclosure.RULE)
                    .containsEntry(first, "People reached in each target place, against its population aged 16 to 64 in Census 2021.");

            Sheet reach = book.getSheetAt(1);
            assertThat(reach.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Who was reached, by target place, against the people living there");
            assertThat(texts(reach.getRow(3))).containsExactly("Target place", "People reached", "People living there", "Share reached");
            Row grays = reach.getRow(4);
            assertThat(grays.getCell(0).getStringCellValue()).isEqualTo("Grays");
            assertThat(grays.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(grays.getCell(1).getStringCellValue()).isEqualTo("1–7");
            assertThat(grays.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(grays.getCell(2).getNumericCellValue()).isEqualTo(1200);
            assertThat(grays.getCell(3).getStringCellValue()).isEqualTo("*");
            Row tilbury = reach.getRow(5);
            assertThat(tilbury.getCell(0).getCellType()).as("a typed formula stays text").isEqualTo(CellType.STRING);
            assertThat(tilbury.getCell(1).getStringCellValue()).isEqualTo("*");
            Row purfleet = reach.getRow(6);
            assertThat(purfleet.getCell(1).getNumericCellValue()).isEqualTo(50);
            Cell share = purfleet.getCell(3);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isCloseTo(0.025, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row total = reach.getRow(4 + 73);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("All target places");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(1465);

            Sheet funnel = book.getSheetAt(2);
            assertThat(funnel.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(15);
        }
    }

    @Test
    void the_pdf_is_tagged_with_its_language_title_headings_figures_and_tables_and_says_what_it_is() throws Exception {
        Report report = report();
        try (PDDocument pdf = Loader.loadPDF(ReportPdf.write(report))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TITLE + " – " + PROGRAMME);
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains(TITLE + " – Thurrock Health &amp; Care Pathways");
            assertThat(pdf.getNumberOfPages()).as("the long table runs over a page").isGreaterThan(1);

            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(TITLE + " – " + PROGRAMME, "Programme: " + PROGRAMME, "Period: 1 January 2026 to 31 March 2026",
                    "Grouped by: Target place", "Produced: 2 April 2026, 10:15am", "Data release: " + RELEASE,
                    "Disclosure control: " + Disclosure.RULE, "Purfleet-on-Thames 50 2000 2.5%", "Grays 1–7 1200 *",
                    "All target places 1465", "Lower layer area Thurrock 070");

            PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).isNotNull();
            assertThat(root.getParentTree()).isNotNull();
            PDStructureElement document = (PDStructureElement) root.getKids().getFirst();
            assertThat(document.getStructureType()).isEqualTo("Document");
            List<PDStructureElement> top = elements(document);
            assertThat(top.stream().map(PDStructureElement::getStructureType).distinct().toList())
                    .containsExactly("H1", "P", "H2", "Figure", "Table");
            assertThat(top.stream().filter(e -> e.getStructureType().equals("H2")).count()).isEqualTo(2);

            List<PDStructureElement> figures = top.stream().filter(e -> e.getStructureType().equals("Figure")).toList();
            assertThat(figures).isNotEmpty().allSatisfy(f -> assertThat(f.getAlternateDescription())
                    .startsWith("Bar chart: People reached in each target place"));
            assertThat(figures.size()).as("the one chart (the funnel has none), over as many pages as it takes").isBetween(1, 3);

            PDStructureElement table = top.stream().filter(e -> e.getStructureType().equals("Table")).findFirst().orElseThrow();
            List<PDStructureElement> rows = elements(table);
            assertThat(rows).hasSize(1 + 74).allSatisfy(r -> assertThat(r.getStructureType()).isEqualTo("TR"));
            assertThat(elements(rows.get(0))).extracting(PDStructureElement::getStructureType).containsExactly("TH", "TH", "TH", "TH");
            assertThat(elements(rows.get(1))).extracting(PDStructureElement::getStructureType).containsExactly("TH", "TD", "TD", "TD");
            assertThat(scope(elements(rows.get(0)).getFirst())).isEqualTo(PDTableAttributeObject.SCOPE_COLUMN);
            assertThat(scope(elements(rows.get(1)).getFirst())).isEqualTo(PDTableAttributeObject.SCOPE_ROW);

            // Each element's marked content holds its own text, on its own page.
            // (The heading may wrap onto two lines, so its words are compared without the spaces between lines.)
            assertThat(markedText(pdf, top.getFirst()).replace(" ", "")).isEqualTo((TITLE + " – " + PROGRAMME).replace(" ", ""));
            assertThat(markedText(pdf, elements(rows.get(1)).get(1))).isEqualTo("1–7");
            PDStructureElement last = elements(rows.getLast()).getFirst();
            assertThat(markedText(pdf, last)).isEqualTo("All target places");
            assertThat(pdf.getPages().indexOf(last.getPage())).isGreaterThan(0);
        }
    }

    @Test
    void a_report_of_exact_figures_is_never_exported() {
        Report r = report();
        Report exact = new Report(r.code(), r.title(), r.programme(), r.from(), r.to(), r.groupBy(), false, r.producedAt(),
                r.dataRelease(), Disclosure.NO_RULE, r.tables());
        for (java.util.function.Function<Report, byte[]> export : List.<java.util.function.Function<Report, byte[]>>of(
                ReportCsv::write, ReportXlsx::write, ReportPdf::write)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.apply(exact))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disclosure control");
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static List<PDStructureElement> elements(PDStructureNode node) {
        return node.getKids().stream().filter(PDStructureElement.class::isInstance).map(PDStructureElement.class::cast).toList();
    }

    private static String scope(PDStructureElement cell) {
        var attributes = cell.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.getObject(i) instanceof PDTableAttributeObject table) {
                return table.getScope();
            }
        }
        return null;
    }

    /** The text of the marked content on the element's page whose id is the element's /K. */
    private static String markedText(PDDocument pdf, PDStructureElement element) throws Exception {
        int mcid = ((COSInteger) element.getCOSObject().getDictionaryObject(COSName.K)).intValue();
        PDPage page = element.getPage();
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        StringBuilder text = new StringBuilder();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            if (content.getMCID() == mcid) {
                for (Object o : content.getContents()) {
                    if (o instanceof TextPosition t) {
                        text.append(t.getUnicode());
                    }
                }
                return text.toString();
            }
        }
        throw new AssertionError("no marked content " + mcid + " on page " + pdf.getPages().indexOf(page));
    }
}
