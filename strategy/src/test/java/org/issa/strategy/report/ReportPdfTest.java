package org.issa.strategy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.strategy.catalogue.Catalogue;
import org.issa.strategy.catalogue.CatalogueLoader;
import org.issa.strategy.progress.ActionStatus;
import org.issa.strategy.progress.ObjectiveProgress;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    @Test
    void printsAReadablePdfWithTheMarkingOnEveryPage() throws Exception {
        Catalogue c = CatalogueLoader.builtIn();
        List<AnnualReport.Section> sections = c.objectives().stream().map(o -> new AnnualReport.Section(o,
                new ObjectiveProgress(o, java.util.Map.of(ActionStatus.PLANNED, c.measures(o).size()), c.measures(o).size()),
                c.measures(o).stream().map(a -> new AnnualReport.ActionLine(a, ActionStatus.PLANNED, false, List.of())).toList(),
                c.indicatorsOf(o).stream().map(i -> AnnualReportBuilder.line(i, List.of())).toList(), List.of())).toList();
        AnnualReport r = new AnnualReport(2013, c.title(), c.reference(), Instant.parse("2013-12-31T12:00:00Z"), "ana",
                "RESTREINT UE / EU RESTRICTED · TLP:AMBER", sections, c.historyOf(2013), List.of("O1.A1.1 example challenge"));
        byte[] pdf = ReportPdf.render(r);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            assertThat(text.getTextFromPage(page)).contains("RESTREINT UE");
        }
        String first = text.getTextFromPage(1);
        assertThat(first).contains("2013").contains("Disrupt international criminal networks");
    }
}
