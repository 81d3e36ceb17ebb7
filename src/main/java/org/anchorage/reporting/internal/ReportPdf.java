package org.anchorage.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anchorage.reporting.Report;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A whole report as a tagged PDF for funders: a heading, the statements, then each table with its sentence, its
 * bar chart (PDFBox vector graphics) and its figures. Tagged so a screen reader reads it in order: language en-GB,
 * the title in the metadata and shown in the window, /MarkInfo Marked, and a structure tree of Document, H1, H2,
 * P, Figure (with its sentence as alternative text) and Table, TR, TH (column and row headings, with their scope)
 * and TD; every piece of text is marked content of its element, and rules and repeated headings are artifacts.
 * The font (DejaVu Sans) is embedded, so any place name prints. As with the certificates, PDFBox builds the
 * structure by hand.
 */
public final class ReportPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BODY = 10;
    private static final float LEADING = 1.35f;
    private static final float CELL_PADDING = 3;
    // NHS blue, as on the pages; dark text beside the bars, never on them.
    private static final float[] BLUE = {0f, 94 / 255f, 184 / 255f};
    private static final float[] GREY = {0.68f, 0.72f, 0.75f};

    private ReportPdf() {}

    public static byte[] write(Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(r, out);
        return out.toByteArray();
    }

    public static void write(Report r, OutputStream out) {
        ReportStatements.requireSuppressed(r);
        String title = r.title() + " – " + r.programme();
        try (PDDocument document = new PDDocument(); InputStream fontFile = font()) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setLanguage("en-GB");
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setSubject(ReportStatements.period(r));
            document.getDocumentInformation().setCreator("Anchorage");
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            catalog.setStructureTreeRoot(root);

            Pages pages = new Pages(document, font, root);
            pages.text(StandardStructureTypes.H1, pages.body, title, 18, 10);
            for (ReportStatements.Statement s : ReportStatements.of(r)) {
                pages.text(StandardStructureTypes.P, pages.body, s.heading() + ": " + s.text(), BODY, 3);
            }
            for (Report.ReportTable table : r.tables()) {
                pages.space(14);
                pages.keep(110); // a heading keeps its sentence and the first rows below it
                pages.text(StandardStructureTypes.H2, pages.body, table.title(), 14, 4);
                pages.text(StandardStructureTypes.P, pages.body, table.sentence(), BODY, 6);
                if (ReportChart.drawn(table)) {
                    pages.chart(table);
                }
                pages.table(table);
            }
            pages.finish();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pages as they are written: the current page and its content stream, the next marked-content id on it, and
     * for each page the elements its marked content belongs to (the parent tree a reader walks back from the page).
     */
    private static final class Pages {
        final PDDocument document;
        final PDType0Font font;
        final PDStructureTreeRoot root;
        final PDStructureElement body;
        final List<COSArray> marks = new ArrayList<>();
        final Map<Integer, Boolean> printable = new HashMap<>();
        PDPage page;
        PDPageContentStream content;
        float y;

        Pages(PDDocument document, PDType0Font font, PDStructureTreeRoot root) throws IOException {
            this.document = document;
            this.font = font;
            this.root = root;
            this.body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
            root.appendKid(body);
            newPage();
            body.setPage(page);
        }

        void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            page.setStructParents(marks.size());
            // Tab order follows the structure, as PDF/UA asks.
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            marks.add(new COSArray());
            content = new PDPageContentStream(document, page);
            y = TOP;
        }

        void space(float points) {
            y -= points;
        }

        /** Starts a new page unless this much room is left. */
        void keep(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        PDStructureElement element(String type, PDStructureNode parent) {
            PDStructureElement element = new PDStructureElement(type, parent);
            element.setPage(page);
            parent.appendKid(element);
            return element;
        }

        /** Opens marked content on this page belonging to the element (a leaf: one piece of content). */
        void mark(PDStructureElement element) throws IOException {
            COSArray onPage = marks.get(marks.size() - 1);
            int mcid = onPage.size();
            element.setPage(page);
            element.getCOSObject().setItem(COSName.K, COSInteger.get(mcid));
            onPage.add(element);
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        }

        void artifact() throws IOException {
            content.beginMarkedContent(COSName.ARTIFACT);
        }

        /** A heading or paragraph, wrapped to the width, as one element. */
        void text(String type, PDStructureNode parent, String text, float size, float after) throws IOException {
            List<String> lines = wrap(printable(text), size, WIDTH);
            keep(lines.size() * size * LEADING);
            PDStructureElement element = element(type, parent);
            mark(element);
            for (String line : lines) {
                y -= size * LEADING;
                show(line, MARGIN, y + size * 0.3f, size);
            }
            content.endMarkedContent();
            y -= after;
        }

        /** The table's bars, one Figure per page it takes, its sentence the alternative text. */
        void chart(Report.ReportTable table) throws IOException {
            List<ReportChart.Bar> bars = ReportChart.bars(table);
            double largest = ReportChart.largest(bars);
            float labelWidth = WIDTH * 0.38f;
            float barRoom = WIDTH - labelWidth - 60;
            float row = 16;
            int next = 0;
            while (next < bars.size()) {
                keep(row * Math.min(3, bars.size() - next) + 8);
                int fits = Math.max(1, (int) ((y - MARGIN - 8) / row));
                List<ReportChart.Bar> part = bars.subList(next, Math.min(bars.size(), next + fits));
                PDStructureElement figure = element(StandardStructureTypes.Figure, body);
                figure.setAlternateDescription("Bar chart: " + table.sentence() + (next > 0 ? " (continued)" : ""));
                float top = y;
                mark(figure);
                for (ReportChart.Bar bar : part) {
                    y -= row;
                    String label = fit(printable(bar.label()), 9, labelWidth - 6);
                    show(label, MARGIN, y + 4, 9);
                    float length = 0;
                    if (bar.value() != null && largest > 0) {
                        length = (float) (bar.value() / largest * barRoom);
                        if (bar.value() > 0) {
                            length = Math.max(length, 1.5f);
                        }
                        content.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
                        content.addRect(MARGIN + labelWidth, y + 2, length, row - 5);
                        content.fill();
                        content.setNonStrokingColor(0f, 0f, 0f);
                    }
                    show(printable(bar.shown()), MARGIN + labelWidth + length + (bar.value() == null ? 0 : 4), y + 4, 9);
                }
                content.endMarkedContent();
                PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
                layout.setBBox(new PDRectangle(MARGIN, y, WIDTH, top - y));
                figure.addAttribute(layout);
                y -= 8;
                next += part.size();
            }
        }

        /** The figures as a Table of rows: column headings (TH, scope Column), each row's label (TH, scope Row), cells (TD). */
        void table(Report.ReportTable table) throws IOException {
            int columns = table.columns().size();
            float[] widths = new float[columns];
            widths[0] = columns == 1 ? WIDTH : WIDTH * 0.4f;
            for (int c = 1; c < columns; c++) {
                widths[c] = WIDTH * 0.6f / (columns - 1);
            }
            PDStructureElement element = element(StandardStructureTypes.TABLE, body);
            List<String> headings = table.columns().stream().map(this::printable).toList();
            row(element, headings, widths, true, false);
            for (Report.Row r : table.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(printable(r.label()));
                r.cells().forEach(c -> cells.add(printable(c.shown())));
                while (cells.size() < columns) {
                    cells.add("");
                }
                if (y - height(cells, widths) < MARGIN) {
                    newPage();
                    // The headings again at the top of the new page, for sighted readers only.
                    row(null, headings, widths, true, true);
                }
                row(element, cells.subList(0, columns), widths, false, false);
            }
            y -= 4;
        }

        private float height(List<String> cells, float[] widths) throws IOException {
            int lines = 1;
            for (int c = 0; c < cells.size() && c < widths.length; c++) {
                lines = Math.max(lines, wrap(cells.get(c), 9, widths[c] - 2 * CELL_PADDING).size());
            }
            return lines * 9 * LEADING + 2 * CELL_PADDING;
        }

        /** One row; {@code table} null writes it as an artifact (a heading row repeated on a new page). */
        private void row(PDStructureElement table, List<String> cells, float[] widths, boolean heading, boolean repeated) throws IOException {
            float height = height(cells, widths);
            if (!repeated && y - height < MARGIN) {
                newPage();
            }
            PDStructureElement tr = table == null ? null : element(StandardStructureTypes.TR, table);
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                boolean th = heading || c == 0;
                if (tr == null) {
                    artifact();
                } else {
                    PDStructureElement cell = element(th ? StandardStructureTypes.TH : StandardStructureTypes.TD, tr);
                    if (th) {
                        PDTableAttributeObject scope = new PDTableAttributeObject();
                        scope.setScope(heading ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
                        cell.addAttribute(scope);
                    }
                    mark(cell);
                }
                List<String> lines = wrap(cells.get(c), 9, widths[c] - 2 * CELL_PADDING);
                float lineY = y - CELL_PADDING;
                for (String line : lines) {
                    lineY -= 9 * LEADING;
                    float at = c == 0 ? x + CELL_PADDING : x + widths[c] - CELL_PADDING - width(line, 9);
                    show(line, at, lineY + 9 * 0.3f, 9);
                }
                content.endMarkedContent();
                x += widths[c];
            }
            // The rule under the row is decoration.
            artifact();
            content.setStrokingColor(GREY[0], GREY[1], GREY[2]);
            content.setLineWidth(heading ? 1f : 0.5f);
            content.moveTo(MARGIN, y - height);
            content.lineTo(MARGIN + WIDTH, y - height);
            content.stroke();
            content.endMarkedContent();
            y -= height;
        }

        void show(String text, float x, float baseline, float size) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(tried, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(tried);
                }
                // A word longer than the line is cut, so nothing runs off the page.
                while (width(line.toString(), size) > width && line.length() > 1) {
                    int cut = line.length() - 1;
                    while (cut > 1 && width(line.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line.delete(0, cut);
                }
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        /** The text cut with an ellipsis to fit one line (chart labels; the table beside it has them in full). */
        String fit(String text, float size, float width) throws IOException {
            if (width(text, size) <= width) {
                return text;
            }
            String cut = text;
            while (cut.length() > 1 && width(cut + "…", size) > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + "…";
        }

        /** The text with anything the font cannot draw (or any control character) replaced, so a typed name never breaks the file. */
        String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (printable.computeIfAbsent(cp, this::drawable)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean drawable(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        void finish() throws IOException {
            content.close();
            // The parent tree maps each page's marked content back to its element, as assistive technology expects.
            COSDictionary parentTree = new COSDictionary();
            COSArray numbers = new COSArray();
            for (int i = 0; i < marks.size(); i++) {
                numbers.add(COSInteger.get(i));
                numbers.add(marks.get(i));
            }
            parentTree.setItem(COSName.NUMS, numbers);
            root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
            root.setParentTreeNextKey(marks.size());
        }
    }

    private static InputStream font() {
        InputStream font = ReportPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf");
        if (font == null) {
            throw new IllegalStateException("The report font /fonts/DejaVuSans.ttf is missing from the build");
        }
        return font;
    }

    /** The XMP packet: the title and language, which PDF/UA readers take from here. */
    private static String xmp(String title) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>Anchorage</rdf:li></rdf:Seq></dc:creator>
                   <dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(ReportChart.escape(title));
    }
}
