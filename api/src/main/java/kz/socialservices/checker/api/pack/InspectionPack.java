package kz.socialservices.checker.api.pack;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.catalogue.RequirementCatalogue;
import kz.socialservices.checker.engine.evaluation.Labels;
import kz.socialservices.checker.engine.report.CentreReport;
import kz.socialservices.checker.engine.report.Provenance;

/**
 * The inspection pack of one centre run, as a printable PDF (OpenPDF): a cover, a summary, the
 * findings by requirement with their evidence and legal basis, what falls due, data completeness and
 * provenance. Its font (DejaVu Sans, bundled in the jar with its licence) is embedded, so every
 * Kazakh letter prints on any machine. It names only what the centre's register named.
 */
public final class InspectionPack {

    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6b);
    private static final Color RULE = new Color(0xd0, 0xd5, 0xdb);
    private static final Color HEAD = new Color(0xe8, 0xee, 0xf4);
    private static final Color ALERT = new Color(0x9b, 0x1c, 0x1c);

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private final PageMessages words;
    /** The writer of the pack being written (one at a time per instance): where on the page we are. */
    private PdfWriter writer;
    private final Labels labels;
    private final RequirementCatalogue catalogue;
    private final Font body;
    private final Font small;
    private final Font smallMuted;
    private final Font bold;
    private final Font h1;
    private final Font h2;
    private final Font title;
    private final Font alert;

    public InspectionPack(String language, Labels labels, RequirementCatalogue catalogue) {
        this.words = new PageMessages(language);
        this.labels = labels;
        this.catalogue = catalogue;
        try {
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, REGULAR, null);
            BaseFont heavy = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, BOLD, null);
            body = new Font(regular, 9.5f, Font.NORMAL, INK);
            small = new Font(regular, 8f, Font.NORMAL, INK);
            smallMuted = new Font(regular, 7.5f, Font.NORMAL, MUTED);
            bold = new Font(heavy, 9.5f, Font.NORMAL, INK);
            h1 = new Font(heavy, 15f, Font.NORMAL, INK);
            h2 = new Font(heavy, 11f, Font.NORMAL, INK);
            title = new Font(heavy, 24f, Font.NORMAL, INK);
            alert = new Font(heavy, 9.5f, Font.NORMAL, ALERT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = InspectionPack.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is not in the jar (fonts/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the pack of a finished run. */
    public void write(CentreReport report, OutputStream out) {
        Document doc = new Document(PageSize.A4, 48, 48, 54, 54);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        this.writer = writer;
        writer.setPageEvent(new Footer());
        doc.addTitle(words.get("pack.title"));
        doc.addCreator("dv-standard-checker");
        doc.open();
        try {
            cover(doc, report);
            doc.newPage();
            summary(doc, report);
            findings(doc, report);
            fallsDue(doc, report);
            completeness(doc, report);
            provenance(doc, report);
        } catch (DocumentException e) {
            throw new IllegalStateException("the pack could not be laid out", e);
        }
        doc.close();
    }

    private void cover(Document doc, CentreReport r) {
        Paragraph space = new Paragraph(" ", body);
        space.setSpacingBefore(140);
        doc.add(space);
        doc.add(new Paragraph(words.get("pack.title"), title));
        Paragraph sub = new Paragraph(words.get("pack.subtitle"), h2);
        sub.setSpacingBefore(10);
        doc.add(sub);
        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(40);
        fact(facts, words.get("pack.centre"), r.centres().isEmpty() ? "—" : String.join(", ", r.centres()));
        fact(facts, words.get("pack.asOf"), String.valueOf(r.asOf()));
        fact(facts, words.get("pack.summary"), words.format("pack.rows", r.summary().rowsRead(), r.summary().rowsEvaluated(),
                r.summary().rowsRejected()));
        fact(facts, words.get("pack.nc"), String.valueOf(r.nonCompliant().size()));
        fact(facts, words.get("pack.overdue"), String.valueOf(r.overdue().size()));
        doc.add(facts);
        Paragraph note = new Paragraph(words.get("pack.generated"), smallMuted);
        note.setSpacingBefore(40);
        doc.add(note);
        doc.add(new Paragraph(words.get("pack.confidential"), alert));
    }

    private void fact(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, bold));
        PdfPCell v = new PdfPCell(new Phrase(value, body));
        for (PdfPCell c : List.of(l, v)) {
            c.setBorder(PdfPCell.BOTTOM);
            c.setBorderColor(RULE);
            c.setPadding(6);
            t.addCell(c);
        }
    }

    private void summary(Document doc, CentreReport r) {
        heading(doc, words.get("pack.summary"));
        doc.add(new Paragraph(words.format("pack.rows", r.summary().rowsRead(), r.summary().rowsEvaluated(), r.summary().rowsRejected()), body));
        subheading(doc, words.get("pack.verdicts"));
        PdfPTable verdicts = table(new float[] {3, 1}, words.get("common.verdict"), words.get("pack.count"));
        for (Verdict v : Verdict.values()) {
            cells(verdicts, labels.code(words.language(), v.name()), String.valueOf(r.summary().byVerdict().getOrDefault(v, 0L)));
        }
        doc.add(verdicts);
        subheading(doc, words.get("centre.bySeverity"));
        PdfPTable severities = table(new float[] {3, 1}, words.get("pack.severityCol"), words.get("pack.count"));
        for (Map.Entry<Severity, Long> e : r.bySeverity().entrySet()) {
            if (e.getKey() != Severity.NONE) {
                cells(severities, labels.code(words.language(), e.getKey().name()), String.valueOf(e.getValue()));
            }
        }
        doc.add(severities);
        subheading(doc, words.get("centre.byRequirement"));
        Map<String, Long> byRequirement = r.nonCompliantByRequirement();
        if (byRequirement.isEmpty()) {
            doc.add(new Paragraph(words.get("pack.noFindings"), body));
        } else {
            PdfPTable t = table(new float[] {1, 5, 1}, words.get("common.requirement"), "", words.get("pack.count"));
            byRequirement.forEach((id, n) -> cells(t, id, words.requirement(id), String.valueOf(n)));
            doc.add(t);
        }
    }

    private void findings(Document doc, CentreReport r) {
        doc.newPage();
        heading(doc, words.get("pack.findings"));
        Map<String, List<CentreReport.Line>> grouped = r.nonCompliantGrouped();
        if (grouped.isEmpty()) {
            doc.add(new Paragraph(words.get("pack.noFindings"), body));
        }
        doc.add(new Paragraph(words.get("pack.basisNote"), smallMuted));
        for (Map.Entry<String, List<CentreReport.Line>> e : grouped.entrySet()) {
            Requirement q = catalogue.find(e.getKey()).orElse(null);
            if (writer.getVerticalPosition(true) - doc.bottom() < 160) {
                doc.newPage(); // a requirement's heading never stands alone at the foot of a page
            }
            Paragraph p = new Paragraph(e.getKey() + " — " + words.requirement(e.getKey()), h2);
            p.setSpacingBefore(12);
            p.setKeepTogether(true);
            doc.add(p);
            if (q != null) {
                Paragraph basis = new Paragraph();
                basis.add(new Chunk(words.get("common.basis") + ": ", bold));
                basis.add(new Chunk(q.basis().name() + " — " + q.source(), body));
                basis.add(new Chunk("   " + words.get("common.severity") + ": " + labels.code(words.language(), q.severity().name()), body));
                doc.add(basis);
            }
            PdfPTable t = table(new float[] {1.3f, 4.2f, 2.5f}, words.get("pack.case"), words.get("common.message"), words.get("common.evidence"));
            t.setHeaderRows(1);
            for (CentreReport.Line l : e.getValue()) {
                cells(t, l.caseId(), l.finding().message(), evidence(l.finding()));
            }
            doc.add(t);
        }
    }

    /** Evidence as "name: value" lines, in the order the rule gave it; codes in the pack's language where they have a label. */
    private String evidence(Finding f) {
        return f.evidence().entrySet().stream().map(e -> e.getKey() + ": " + value(e.getValue())).collect(Collectors.joining("\n"));
    }

    private String value(Object v) {
        String lang = words.language();
        if (v instanceof java.util.Collection<?> items) {
            return items.stream().map(this::value).collect(Collectors.joining(", "));
        }
        String text = String.valueOf(v);
        return labels.hasCode(lang, text) ? labels.code(lang, text) : text;
    }

    private void fallsDue(Document doc, CentreReport r) {
        doc.newPage();
        heading(doc, words.get("pack.fallsDue"));
        dueTable(doc, r, words.get("pack.overdue"), r.overdue(), false);
        dueTable(doc, r, words.get("pack.upcoming"), r.pending(), true);
    }

    /** Duties by due date: when, whose case, which requirement, what the finding says (and, for those ahead, in how many days). */
    private void dueTable(Document doc, CentreReport r, String title, List<CentreReport.Line> lines, boolean ahead) {
        subheading(doc, title + " (" + lines.size() + ")");
        if (lines.isEmpty()) {
            doc.add(new Paragraph(words.get("common.none"), body));
            return;
        }
        PdfPTable t = table(new float[] {1.35f, 1.35f, 1.35f, 4.2f}, words.get("common.due"), words.get("pack.case"),
                words.get("common.requirement"), words.get("common.message"));
        t.setHeaderRows(1);
        for (CentreReport.Line l : lines) {
            LocalDate due = l.finding().dueDate();
            String when = due == null ? "—" : ahead ? due + "\n" + inDays(r, l.finding()) : due.toString();
            cells(t, when, l.caseId(), l.finding().requirement(), l.finding().message());
        }
        doc.add(t);
    }

    private String inDays(CentreReport r, Finding f) {
        long days = ChronoUnit.DAYS.between(r.asOf(), f.dueDate());
        return days == 0 ? words.get("centre.today") : days > 0 ? words.format("centre.inDays", days) : words.format("centre.daysAgo", -days);
    }

    private void completeness(Document doc, CentreReport r) {
        doc.newPage();
        heading(doc, words.get("pack.completeness"));
        doc.add(new Paragraph(words.get("pack.completenessNote"), body));
        if (r.undetermined().isEmpty()) {
            doc.add(new Paragraph(words.get("common.none"), body));
        } else {
            PdfPTable fields = table(new float[] {4, 1}, words.get("common.missing"), words.get("pack.count"));
            r.missingFields().forEach((field, n) -> cells(fields, labels.column(words.language(), field), String.valueOf(n)));
            doc.add(fields);
            PdfPTable t = table(new float[] {1.35f, 1.35f, 4.5f}, words.get("pack.case"), words.get("common.requirement"), words.get("common.missing"));
            t.setHeaderRows(1);
            for (CentreReport.Line l : r.undetermined()) {
                cells(t, l.caseId(), l.finding().requirement(),
                        l.finding().missingFields().stream().map(m -> labels.column(words.language(), m)).collect(Collectors.joining(", ")));
            }
            doc.add(t);
        }
        if (r.summary().rowsRejected() > 0) {
            subheading(doc, words.get("pack.rejected") + " (" + r.summary().rowsRejected() + ")");
            r.summary().errors().forEach(e -> doc.add(new Paragraph(e.toString(), small)));
        }
    }

    private void provenance(Document doc, CentreReport r) {
        Paragraph gap = new Paragraph(" ", body);
        gap.setSpacingBefore(10);
        doc.add(gap);
        heading(doc, words.get("pack.provenance"));
        Provenance p = r.provenance();
        PdfPTable t = new PdfPTable(new float[] {1, 3});
        t.setWidthPercentage(100);
        fact(t, words.get("pack.standard"), p.standard());
        fact(t, words.get("pack.engine"), p.engineVersion());
        fact(t, words.get("pack.ruleSet"), p.ruleSetHash());
        fact(t, words.get("pack.parameters"), p.parameterHash());
        fact(t, words.get("pack.editions"), String.join(", ", p.editionsUsed()));
        fact(t, words.get("pack.asOf"), String.valueOf(p.asOf()));
        if (p.calendar() != null) {
            fact(t, words.get("pack.calendar"), p.calendar().firstYear() + "–" + p.calendar().lastYear());
        }
        doc.add(t);
    }

    private void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, h1);
        p.setSpacingAfter(8);
        doc.add(p);
    }

    private void subheading(Document doc, String text) {
        Paragraph p = new Paragraph(text, h2);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, bold));
            c.setBackgroundColor(HEAD);
            c.setBorderColor(RULE);
            c.setPadding(4);
            t.addCell(c);
        }
        return t;
    }

    private void cells(PdfPTable t, String... values) {
        for (String v : values) {
            PdfPCell c = new PdfPCell(new Phrase(v == null ? "" : v, small));
            c.setBorderColor(RULE);
            c.setPadding(4);
            c.setPaddingBottom(5);
            c.setLeading(0, 1.3f);
            t.addCell(c);
        }
    }

    /** Page numbers and the pack's title at the foot of every page but the cover. */
    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            PdfContentByte cb = writer.getDirectContent();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(words.get("pack.title") + " · " + words.get("pack.confidential"),
                    smallMuted), document.left(), document.bottom() - 24, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(words.format("pack.page", writer.getPageNumber()), smallMuted),
                    document.right(), document.bottom() - 24, 0);
        }
    }
}
