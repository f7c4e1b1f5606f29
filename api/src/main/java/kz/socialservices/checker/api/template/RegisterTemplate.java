package kz.socialservices.checker.api.template;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.evaluation.Labels;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.CaseCsv.ColumnForm;
import kz.socialservices.checker.standard.CaseCsv.Kind;
import kz.socialservices.checker.standard.DvStandard;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The register template a centre downloads: the columns headed by their labels in one language,
 * each header with a comment saying what to enter; drop-down lists of the codes' labels for every
 * code list and yes/no field; date-formatted date columns; a frozen header; and a sheet explaining
 * every column and code. What a centre types into it is read back without a single edit, since the
 * checker accepts labels as headers and as values.
 */
public final class RegisterTemplate {

    /** Rows the validations and formats cover; a register may grow past them, only unchecked. */
    static final int FORMATTED_ROWS = 2000;

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.of("register", "Register", "guide", "How to fill in", "lists", "Lists", "column", "Column", "code", "Code name",
                    "what", "What to enter", "values", "Values (label = code)", "codesHint", "Several: separate with ;",
                    "intro", "One row per case (one stay of one recipient at the centre). No names, IIN, addresses or phone numbers anywhere: the checker refuses a file that has them. Leave a cell empty when the fact is not known; empty is never read as 'no'. Dates as dates (31.03.2025)."),
            "ru", Map.of("register", "Реестр", "guide", "Как заполнять", "lists", "Списки", "column", "Столбец", "code", "Код столбца",
                    "what", "Что указывать", "values", "Значения (подпись = код)", "codesHint", "Несколько — через ;",
                    "intro", "Одна строка — одно дело (одно пребывание одного получателя в центре). Нигде не указывайте имена, ИИН, адреса и телефоны: файл с ними будет отклонён. Если сведений нет, оставьте ячейку пустой: пустая ячейка не означает «нет». Даты — как даты (31.03.2025)."),
            "kk", Map.of("register", "Тізілім", "guide", "Қалай толтыру керек", "lists", "Тізімдер", "column", "Баған", "code", "Баған коды",
                    "what", "Не көрсету керек", "values", "Мәндер (белгі = код)", "codesHint", "Бірнешеуі — ; арқылы",
                    "intro", "Бір жол — бір іс (бір алушының орталықта бір рет болуы). Ешбір жерде аты-жөнін, ЖСН, мекенжайын және телефонын көрсетпеңіз: оларды қамтитын файл қабылданбайды. Мәлімет болмаса, ұяшықты бос қалдырыңыз: бос ұяшық «жоқ» дегенді білдірмейді. Күндер — күн ретінде (31.03.2025)."));

    private final String lang;
    private final Labels labels = DvStandard.labels();

    public RegisterTemplate(String lang) {
        if (!DvStandard.LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("lang must be one of " + DvStandard.LANGUAGES);
        }
        this.lang = lang;
    }

    /** The empty template. */
    public void write(OutputStream out) throws IOException {
        write(out, List.of());
    }

    /**
     * The template holding {@code rows} (each a register row in code form, by column name), typed
     * as a person fills it in: dates as date cells, codes and yes/no as their labels, years as numbers.
     */
    public void write(OutputStream out, List<Map<String, String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Map<String, String> words = WORDS.get(lang);
            XSSFSheet register = wb.createSheet(words.get("register"));
            XSSFSheet guide = wb.createSheet(words.get("guide"));
            XSSFSheet lists = wb.createSheet(words.get("lists"));
            Styles styles = new Styles(wb);
            List<String> columns = CaseCsv.COLUMNS;

            writeHeader(wb, register, styles, columns);
            int listColumn = 0;
            XSSFDataValidationHelper validations = new XSSFDataValidationHelper(register);
            for (int i = 0; i < columns.size(); i++) {
                ColumnForm form = CaseCsv.FORM.get(columns.get(i));
                CellRangeAddressList range = new CellRangeAddressList(1, FORMATTED_ROWS, i, i);
                List<String> choices = choices(form);
                if (!choices.isEmpty()) {
                    Row listHeader = row(lists, 0);
                    listHeader.createCell(listColumn).setCellValue(columns.get(i));
                    for (int k = 0; k < choices.size(); k++) {
                        row(lists, k + 1).createCell(listColumn).setCellValue(choices.get(k));
                    }
                    String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
                    DataValidationConstraint list = validations.createFormulaListConstraint(
                            "'" + words.get("lists") + "'!$" + letter + "$2:$" + letter + "$" + (choices.size() + 1));
                    DataValidation v = validations.createValidation(list, range);
                    if (form.kind() == Kind.CODES) {
                        // several codes may share a cell: the list helps, it must not forbid "A;B"
                        v.setErrorStyle(DataValidation.ErrorStyle.INFO);
                    }
                    v.setShowErrorBox(true);
                    register.addValidationData(v);
                    listColumn++;
                } else if (form.kind() == Kind.DATE) {
                    DataValidation v = validations.createValidation(validations.createDateConstraint(
                            DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)", null), range);
                    v.setShowErrorBox(true);
                    register.addValidationData(v);
                } else if (form.kind() == Kind.YEAR) {
                    DataValidation v = validations.createValidation(validations.createIntegerConstraint(
                            DataValidationConstraint.OperatorType.BETWEEN, "1900", "2100"), range);
                    v.setShowErrorBox(true);
                    register.addValidationData(v);
                }
                CellStyle columnStyle = form.kind() == Kind.DATE ? styles.date : styles.text;
                register.setDefaultColumnStyle(i, columnStyle);
                register.setColumnWidth(i, Math.min(60, Math.max(14, labels.column(lang, columns.get(i)).length() + 4)) * 256);
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);

            for (int r = 0; r < rows.size(); r++) {
                Row row = register.createRow(r + 1);
                for (int i = 0; i < columns.size(); i++) {
                    String value = rows.get(r).getOrDefault(columns.get(i), "");
                    if (!value.isEmpty()) {
                        writeCell((XSSFCell) row.createCell(i), CaseCsv.FORM.get(columns.get(i)), value, styles);
                    }
                }
            }
            writeGuide(guide, styles, columns, words);
            wb.setActiveSheet(0);
            wb.write(out);
        }
    }

    private void writeHeader(XSSFWorkbook wb, XSSFSheet register, Styles styles, List<String> columns) {
        Row header = register.createRow(0);
        header.setHeightInPoints(45);
        XSSFDrawing drawing = register.createDrawingPatriarch();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            XSSFCell cell = (XSSFCell) header.createCell(i);
            cell.setCellValue(labels.column(lang, column));
            cell.setCellStyle(styles.header);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 4);
            anchor.setRow1(0);
            anchor.setRow2(6);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(help(column)));
            cell.setCellComment(comment);
        }
        register.createFreezePane(1, 1);
        register.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    }

    /** The header comment: what to enter, and the values a code column takes. */
    private String help(String column) {
        ColumnForm form = CaseCsv.FORM.get(column);
        StringBuilder b = new StringBuilder(labels.help(lang, column));
        if (form.codes() != null) {
            b.append("\n").append(String.join(", ", choices(form)));
            if (form.kind() == Kind.CODES) {
                b.append("\n").append(WORDS.get(lang).get("codesHint"));
            }
        }
        b.append("\n[").append(column).append("]");
        return b.toString();
    }

    /** The labels a drop-down offers: a code list's, or yes and no. */
    private List<String> choices(ColumnForm form) {
        if (form.kind() == Kind.BOOLEAN) {
            return List.of(labels.code(lang, "true"), labels.code(lang, "false"));
        }
        if (form.codes() == null) {
            return List.of();
        }
        return java.util.Arrays.stream(form.codes().getEnumConstants()).map(c -> labels.code(lang, c.name())).toList();
    }

    private void writeCell(XSSFCell cell, ColumnForm form, String value, Styles styles) {
        switch (form.kind()) {
            case DATE -> {
                cell.setCellValue(LocalDate.parse(value));
                cell.setCellStyle(styles.date);
            }
            case YEAR -> cell.setCellValue(Integer.parseInt(value));
            case BOOLEAN, CODE -> cell.setCellValue(labels.code(lang, value));
            case CODES -> cell.setCellValue(String.join(";", java.util.Arrays.stream(value.split(";"))
                    .map(c -> labels.code(lang, c.strip())).toList()));
            default -> cell.setCellValue(value);
        }
    }

    private void writeGuide(XSSFSheet guide, Styles styles, List<String> columns, Map<String, String> words) {
        Row intro = guide.createRow(0);
        intro.createCell(0).setCellValue(words.get("intro"));
        intro.getCell(0).setCellStyle(styles.wrap);
        guide.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        intro.setHeightInPoints(75);
        Row head = guide.createRow(2);
        String[] titles = {words.get("column"), words.get("code"), words.get("what"), words.get("values")};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(styles.header);
        }
        int r = 3;
        for (String column : columns) {
            ColumnForm form = CaseCsv.FORM.get(column);
            Row row = guide.createRow(r++);
            row.createCell(0).setCellValue(labels.column(lang, column));
            row.createCell(1).setCellValue(column);
            row.createCell(2).setCellValue(labels.help(lang, column));
            StringBuilder values = new StringBuilder();
            if (form.codes() != null) {
                for (Enum<?> code : form.codes().getEnumConstants()) {
                    values.append(values.isEmpty() ? "" : "\n").append(labels.code(lang, code.name())).append(" = ").append(code.name());
                }
            } else if (form.kind() == Kind.BOOLEAN) {
                values.append(labels.code(lang, "true")).append(" = true\n").append(labels.code(lang, "false")).append(" = false");
            }
            row.createCell(3).setCellValue(values.toString());
            for (int i = 0; i < 4; i++) {
                row.getCell(i).setCellStyle(styles.wrap);
            }
        }
        guide.setColumnWidth(0, 34 * 256);
        guide.setColumnWidth(1, 28 * 256);
        guide.setColumnWidth(2, 60 * 256);
        guide.setColumnWidth(3, 60 * 256);
        guide.createFreezePane(0, 3);
    }

    private static Row row(XSSFSheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle text;
        final CellStyle wrap;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@")); // text: Excel must not turn 2010;2012 or codes into numbers
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }
    }
}
