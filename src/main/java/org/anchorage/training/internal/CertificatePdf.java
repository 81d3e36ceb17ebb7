package org.anchorage.training.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Draws a one-page certificate of completion with the person's name, the course and its dates. */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CertificatePdf() {}

    public static byte[] render(String name, String course, String framework, LocalDate issued, LocalDate refresherDue,
                                String certificateId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle("Certificate: " + course);
        document.addAuthor("Anchorage");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 30);
        Font big = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 14);
        document.add(centred("Certificate of completion", title, 24));
        document.add(centred("This is to certify that", body, 12));
        document.add(centred(name, big, 12));
        document.add(centred("has completed", body, 12));
        document.add(centred(course, big, 8));
        document.add(centred(framework, body, 24));
        document.add(centred("Completed on " + DATE.format(issued), body, 6));
        if (refresherDue != null) {
            document.add(centred("Refresher due by " + DATE.format(refresherDue), body, 6));
        }
        document.add(centred("Certificate " + certificateId, FontFactory.getFont(FontFactory.HELVETICA, 9), 30));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }
}
