package org.issa.strategy.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.ColumnText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.issa.strategy.progress.ActionStatus;
import org.issa.strategy.progress.ProgressUpdate;

/** Prints an annual report as PDF, with its marking on top and bottom of every page. */
public final class ReportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu").withZone(ZoneOffset.UTC);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font H1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, new Color(0x1d, 0x3a, 0x6e));
    private static final Font H2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9.5f);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);
    private static final Font BANNER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8, new Color(0x9b, 0x1c, 0x1c));

    private ReportPdf() {
    }

    public static byte[] render(AnnualReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new MarkingBanner(r.banner()));
            doc.addTitle("Implementation report " + r.year() + " — " + r.strategyReference());
            doc.addCreator("ISSA");
            doc.open();
            doc.add(new Paragraph("Report on the implementation of the EU Internal Security Strategy — " + r.year(), TITLE));
            doc.add(new Paragraph(r.strategyTitle() + " (" + r.strategyReference() + ")", BODY));
            doc.add(new Paragraph("Generated " + DAY.format(r.generatedAt()) + " for " + r.generatedFor()
                    + ". It contains only what this reader may see.", SMALL));
            r.history().ifPresent(h -> {
                add(doc, new Paragraph("Findings of " + h.reference() + ": " + h.title(), H1));
                h.findings().stream().filter(f -> f.objectiveCode().isEmpty())
                        .forEach(f -> add(doc, new Paragraph("• " + f.text(), BODY)));
            });
            for (AnnualReport.Section s : r.sections()) {
                section(doc, s);
            }
            doc.add(new Paragraph("Open challenges", H1));
            if (r.openChallenges().isEmpty()) {
                doc.add(new Paragraph("No action is overdue or delayed at the end of " + r.year() + ".", BODY));
            }
            for (String c : r.openChallenges()) {
                doc.add(new Paragraph("• " + c, BODY));
            }
            r.history().ifPresent(h -> h.challenges().forEach(c -> add(doc, new Paragraph("• " + c + " (" + h.reference() + ")", BODY))));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot print the report: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void section(Document doc, AnnualReport.Section s) throws DocumentException {
        Paragraph h = new Paragraph(s.objective().code() + ". " + s.objective().title(), H1);
        h.setSpacingBefore(14);
        doc.add(h);
        var p = s.progress();
        doc.add(new Paragraph(p.percentDone() + "% of " + p.measures() + " measures done; "
                + p.count(ActionStatus.IN_PROGRESS) + " in progress, " + p.count(ActionStatus.DELAYED) + " delayed, "
                + p.count(ActionStatus.PLANNED) + " planned, " + p.count(ActionStatus.DROPPED) + " dropped.", BODY));
        for (String f : s.historicFindings()) {
            doc.add(new Paragraph("Finding of the report of the year: " + f, BODY));
        }
        PdfPTable t = new PdfPTable(new float[] {1.3f, 5f, 1.6f, 5f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        for (String head : new String[] {"Measure", "Title and owners", "Status", "Progress reported in the year"}) {
            PdfPCell c = new PdfPCell(new Phrase(head, H2));
            c.setBackgroundColor(new Color(0xe8, 0xee, 0xf7));
            t.addCell(c);
        }
        for (AnnualReport.ActionLine a : s.actions()) {
            t.addCell(new Phrase(a.action().code(), BODY));
            t.addCell(new Phrase(a.action().title() + "\n" + String.join(", ", a.action().owners()) + " · "
                    + a.action().periodFrom() + "–" + a.action().periodTo(), BODY));
            t.addCell(new Phrase(a.status().label() + (a.overdue() ? " (overdue)" : ""), BODY));
            StringBuilder b = new StringBuilder();
            for (ProgressUpdate u : a.updates()) {
                b.append(DAY.format(u.at())).append(" [").append(u.marking().classification().name()).append("] ")
                        .append(u.body()).append('\n');
            }
            t.addCell(new Phrase(b.isEmpty() ? "—" : b.toString().strip(), BODY));
        }
        doc.add(t);
        if (!s.indicators().isEmpty()) {
            PdfPTable it = new PdfPTable(new float[] {2f, 7f, 2.5f});
            it.setWidthPercentage(100);
            it.setSpacingBefore(6);
            for (AnnualReport.IndicatorLine i : s.indicators()) {
                it.addCell(new Phrase(i.indicator().code(), SMALL));
                it.addCell(new Phrase(i.indicator().name(), BODY));
                it.addCell(new Phrase(i.figure().map(f -> f.toPlainString() + " " + i.indicator().unit()
                        + " (" + i.aggregation() + ")").orElse("no data"), BODY));
            }
            doc.add(it);
        }
    }

    private static void add(Document doc, Element e) {
        try {
            doc.add(e);
        } catch (DocumentException ex) {
            throw new IllegalStateException("cannot print the report: " + ex.getMessage(), ex);
        }
    }

    /** Writes the marking at the top and the bottom of each page, as EU rules for marked documents ask. */
    private static final class MarkingBanner extends PdfPageEventHelper {
        private final String banner;

        MarkingBanner(String banner) {
            this.banner = banner;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var cb = writer.getDirectContent();
            float x = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(banner, BANNER), x, document.top() + 24, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    new Phrase(banner + "   ·   page " + writer.getPageNumber(), BANNER), x, document.bottom() - 28, 0);
        }
    }
}
