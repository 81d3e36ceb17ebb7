package org.anchorage.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anchorage.shared.web.Display;
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
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Draws a one-page certificate of completion as a tagged PDF, so a screen reader reads it in order:
 * language en-GB, a title shown in the window, a structure tree of a heading and paragraphs (each line of
 * text is marked content of its element), /MarkInfo Marked, and an embedded font (DejaVu Sans) so any
 * name prints. PDFBox builds the structure by hand; OpenPDF's tagging did not give a usable tree.
 */
public final class CertificatePdf {

    /** What the certificate says. {@code verifyAt} is the public page where an employer types the code. */
    public record Content(String name, String course, String framework, LocalDate completedOn, LocalDate refresherDue,
                          String provider, String trainer, String code, String verifyAt) {}

    private record Line(String type, String text, float size, float gapAfter) {}

    private CertificatePdf() {}

    public static byte[] render(Content c) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(StandardStructureTypes.H1, "Certificate of completion", 30, 26));
        lines.add(new Line(StandardStructureTypes.P, "This is to certify that", 14, 12));
        lines.add(new Line(StandardStructureTypes.P, c.name(), 24, 12));
        lines.add(new Line(StandardStructureTypes.P, "has completed", 14, 12));
        lines.add(new Line(StandardStructureTypes.P, c.course(), 24, 8));
        lines.add(new Line(StandardStructureTypes.P, c.framework(), 14, 20));
        lines.add(new Line(StandardStructureTypes.P, "Completed on " + Display.date(c.completedOn()), 14, 6));
        if (c.refresherDue() != null) {
            lines.add(new Line(StandardStructureTypes.P, "Refresher due by " + Display.date(c.refresherDue()), 14, 6));
        }
        lines.add(new Line(StandardStructureTypes.P, "Training provider: " + c.provider(), 14, 6));
        if (c.trainer() != null && !c.trainer().isBlank()) {
            lines.add(new Line(StandardStructureTypes.P, "Trainer: " + c.trainer(), 14, 24));
        }
        lines.add(new Line(StandardStructureTypes.P, "Verification code: " + c.code(), 12, 6));
        lines.add(new Line(StandardStructureTypes.P, "To check this certificate, enter the code at " + c.verifyAt(), 11, 0));
        String title = "Certificate of completion: " + c.course() + " – " + c.name();
        try (PDDocument document = new PDDocument(); InputStream fontFile = font()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, fontFile);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setLanguage("en-GB");
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(c.provider());
            document.getDocumentInformation().setCreator("Anchorage");
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(title, c.provider()).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);

            PDStructureTreeRoot root = new PDStructureTreeRoot();
            catalog.setStructureTreeRoot(root);
            PDStructureElement body = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
            body.setPage(page);
            root.appendKid(body);
            COSArray marked = new COSArray();
            page.setStructParents(0);

            float y = page.getMediaBox().getHeight() - 72;
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int mcid = 0; mcid < lines.size(); mcid++) {
                    Line line = lines.get(mcid);
                    PDStructureElement element = new PDStructureElement(line.type(), body);
                    element.setPage(page);
                    body.appendKid(element);
                    COSDictionary properties = new COSDictionary();
                    properties.setInt(COSName.MCID, mcid);
                    content.beginMarkedContent(COSName.getPDFName(line.type()), PDPropertyList.create(properties));
                    y -= line.size();
                    float textWidth = font.getStringWidth(line.text()) / 1000 * line.size();
                    content.beginText();
                    content.setFont(font, line.size());
                    content.newLineAtOffset(Math.max(36, (width - textWidth) / 2), y);
                    content.showText(line.text());
                    content.endText();
                    content.endMarkedContent();
                    element.getCOSObject().setItem(COSName.K, COSInteger.get(mcid));
                    marked.add(element);
                    y -= line.gapAfter();
                }
            }
            // The parent tree maps each marked line back to its element, as assistive technology expects.
            COSDictionary parentTree = new COSDictionary();
            COSArray numbers = new COSArray();
            numbers.add(COSInteger.get(0));
            numbers.add(marked);
            parentTree.setItem(COSName.NUMS, numbers);
            root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
            root.setParentTreeNextKey(1);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        InputStream font = CertificatePdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf");
        if (font == null) {
            throw new IllegalStateException("The certificate font /fonts/DejaVuSans.ttf is missing from the build");
        }
        return font;
    }

    /** The XMP packet: dc:title and the PDF/UA identification. */
    private static String xmp(String title, String provider) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                   <dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(title), escape(provider));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
