package org.irm.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irm.catalogue.Language;
import org.irm.register.NeedCoding;
import org.irm.register.NeedCodings;

/**
 * The coding workbook (issue 15, point 2): one row per individual need of the completed reviews
 * (need id, review, State, regional group, chapter, article, provision, the need as stated, its
 * language), with drop-down columns (data validation over the Codes sheet) for the category, the
 * subcategory and each cross-cutting tag, and a Coding column saying whether the codes are only
 * suggested by the keyword rules or confirmed. Pre-filled with the register's latest coding, else
 * with the rules' suggestion marked as suggested. {@link #read} takes it back as rows for
 * {@link CodingImport}.
 */
public final class CodingWorkbook {

    /** Columns before the codes, in order. */
    static final int NEED = 0;
    static final int TEXT = 8;
    static final int CATEGORY = 10;
    static final int SUBCATEGORY = 11;
    static final int FIRST_TAG = 12;
    private static final String[] FIXED = {"coding.need", "coding.review", "coding.state", "coding.stateName",
        "coding.regionalGroup", "coding.chapter", "coding.article", "coding.provision", "coding.text", "coding.language",
        "coding.category", "coding.subcategory"};
    /** Rows a workbook may hold: more is not a coding workbook of ours. */
    static final int MAX_ROWS = 200_000;

    private final CategoryScheme scheme;
    private final KeywordRules rules;
    private final AnalysisLabels labels;

    public CodingWorkbook(CategoryScheme scheme, KeywordRules rules, AnalysisLabels labels) {
        this.scheme = scheme;
        this.rules = rules;
        this.labels = labels;
    }

    /** Writes the workbook of these needs (not closing the stream). */
    public void write(List<ReportItem> needs, Map<NeedCodings.NeedKey, NeedCoding> codings, Language language,
                      OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.text(language, "coding.sheet")));
            Sheet codeList = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.text(language, "coding.codesSheet")));
            sheet.setRightToLeft(language.rightToLeft());
            CellStyle header = headerStyle(workbook);
            CellStyle suggested = workbook.createCellStyle();
            suggested.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            suggested.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);

            Row head = sheet.createRow(0);
            List<String> headers = headers(language);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (ReportItem need : needs) {
                Row row = sheet.createRow(r++);
                CompletedReview review = need.review();
                String[] fixed = {need.needId(), review.reviewId(), review.state(), review.stateName(), review.regionalGroup(),
                    need.chapter(), need.article() == 0 ? "" : Integer.toString(need.article()), need.provisionId(), need.text(),
                    need.language().code()};
                for (int c = 0; c < fixed.length; c++) {
                    row.createCell(c).setCellValue(fixed[c]);
                }
                row.getCell(TEXT).setCellStyle(wrapped);
                NeedCoding stored = codings.get(new NeedCodings.NeedKey(review.reviewId(), need.blockKey()));
                Optional<Codes> shown = stored != null
                        ? Optional.of(new Codes(stored.category(), stored.subcategory(), stored.tags()))
                        : rules.suggest(need.text());
                if (shown.isEmpty()) {
                    continue;
                }
                boolean onlySuggested = stored == null || !stored.confirmed();
                Codes codes = shown.get();
                row.createCell(CATEGORY).setCellValue(scheme.label(language, codes.category()));
                row.createCell(SUBCATEGORY).setCellValue(codes.subcategory() == null ? "" : scheme.label(language, codes.subcategory()));
                for (int t = 0; t < scheme.tags().size(); t++) {
                    row.createCell(FIRST_TAG + t).setCellValue(codes.tags().contains(scheme.tags().get(t))
                            ? labels.text(language, "coding.yes") : "");
                }
                int coding = codingColumn();
                row.createCell(coding).setCellValue(labels.text(language, onlySuggested ? "coding.suggested" : "coding.confirmed"));
                if (onlySuggested) {
                    for (int c = CATEGORY; c <= coding; c++) {
                        row.getCell(c).setCellStyle(suggested);
                    }
                }
                if (stored != null) {
                    row.createCell(coding + 1).setCellValue(stored.codedBy());
                    row.createCell(coding + 2).setCellValue(stored.codedAt().toString());
                }
            }
            int lastRow = Math.max(1, r - 1);
            codesSheet(codeList, header, language);
            validations(sheet, codeList.getSheetName(), lastRow);
            int[] widths = {28, 14, 7, 18, 22, 8, 8, 14, 70, 8, 26, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            for (int c = FIRST_TAG; c < headers.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, headers.size() - 1));
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    private List<String> headers(Language language) {
        List<String> headers = new ArrayList<>();
        for (String key : FIXED) {
            headers.add(labels.text(language, key));
        }
        scheme.tags().forEach(tag -> headers.add(scheme.label(language, tag)));
        headers.add(labels.text(language, "coding.coding"));
        headers.add(labels.text(language, "coding.codedBy"));
        headers.add(labels.text(language, "coding.codedAt"));
        return headers;
    }

    int codingColumn() {
        return FIRST_TAG + scheme.tags().size();
    }

    /** The Codes sheet: the lists the drop-downs offer (A categories, B subcategories, C yes, D coding), codes beside. */
    private void codesSheet(Sheet codes, CellStyle header, Language language) {
        String[] heads = {labels.text(language, "coding.category"), labels.text(language, "coding.subcategory"),
            labels.text(language, "coding.yes"), labels.text(language, "coding.coding"), labels.text(language, "coding.codes.code")};
        Row head = codes.createRow(0);
        for (int c = 0; c < heads.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(heads[c]);
            cell.setCellStyle(header);
        }
        List<String> categories = scheme.categories();
        List<String> subcategories = scheme.subcategories();
        int rows = Math.max(categories.size(), subcategories.size());
        for (int i = 0; i < rows; i++) {
            Row row = codes.createRow(i + 1);
            if (i < categories.size()) {
                row.createCell(0).setCellValue(scheme.label(language, categories.get(i)));
            }
            if (i < subcategories.size()) {
                row.createCell(1).setCellValue(scheme.label(language, subcategories.get(i)));
            }
            if (i == 0) {
                row.createCell(2).setCellValue(labels.text(language, "coding.yes"));
                row.createCell(3).setCellValue(labels.text(language, "coding.suggested"));
            }
            if (i == 1) {
                row.createCell(3).setCellValue(labels.text(language, "coding.confirmed"));
            }
            List<String> all = new ArrayList<>(categories);
            all.addAll(subcategories);
            all.addAll(scheme.tags());
            if (i < all.size()) {
                row.createCell(4).setCellValue(all.get(i) + " = " + scheme.label(language, all.get(i)));
            }
        }
        int all = categories.size() + subcategories.size() + scheme.tags().size();
        for (int i = rows; i < all; i++) {
            List<String> codesInOrder = new ArrayList<>(categories);
            codesInOrder.addAll(subcategories);
            codesInOrder.addAll(scheme.tags());
            codes.createRow(i + 1).createCell(4).setCellValue(codesInOrder.get(i) + " = "
                    + scheme.label(language, codesInOrder.get(i)));
        }
        codes.setColumnWidth(0, 28 * 256);
        codes.setColumnWidth(1, 70 * 256);
        codes.setColumnWidth(4, 80 * 256);
    }

    private void validations(Sheet sheet, String codesSheet, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String quoted = "'" + codesSheet.replace("'", "''") + "'!";
        list(sheet, helper, quoted + "$A$2:$A$" + (1 + scheme.categories().size()), CATEGORY, lastRow);
        list(sheet, helper, quoted + "$B$2:$B$" + (1 + scheme.subcategories().size()), SUBCATEGORY, lastRow);
        for (int t = 0; t < scheme.tags().size(); t++) {
            list(sheet, helper, quoted + "$C$2:$C$2", FIRST_TAG + t, lastRow);
        }
        list(sheet, helper, quoted + "$D$2:$D$3", codingColumn(), lastRow);
    }

    private static void list(Sheet sheet, DataValidationHelper helper, String range, int column, int lastRow) {
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, lastRow, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        return header;
    }

    /** One row of a returned workbook as written, before it is checked. */
    public record WrittenRow(String sheet, int row, String needId, String category, String subcategory, List<String> tags,
                             String coding, String text) { }

    /**
     * The rows of a returned workbook: its first sheet, one row per need (1-based row numbers as Calc
     * and Excel show them). Cells are read as shown.
     *
     * @throws IOException when the file is no workbook
     */
    public List<WrittenRow> read(InputStream in) throws IOException {
        List<WrittenRow> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new IOException("The workbook's sheet " + sheet.getSheetName() + " has more than " + MAX_ROWS + " rows");
            }
            DataFormatter shown = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String needId = shown.formatCellValue(row.getCell(NEED)).strip();
                List<String> tags = new ArrayList<>();
                for (int t = 0; t < scheme.tags().size(); t++) {
                    tags.add(shown.formatCellValue(row.getCell(FIRST_TAG + t)).strip());
                }
                String category = shown.formatCellValue(row.getCell(CATEGORY)).strip();
                if (needId.isEmpty() && category.isEmpty()) {
                    continue;
                }
                rows.add(new WrittenRow(sheet.getSheetName(), r + 1, needId, category,
                        shown.formatCellValue(row.getCell(SUBCATEGORY)).strip(), tags,
                        shown.formatCellValue(row.getCell(codingColumn())).strip(),
                        shown.formatCellValue(row.getCell(TEXT))));
            }
        } catch (EmptyFileException | UnsupportedFileFormatException e) {
            throw new IOException("not an .xlsx workbook (" + e.getMessage() + ")", e);
        }
        return rows;
    }
}
