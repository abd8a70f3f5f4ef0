package org.irm.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.register.Register;
import org.irm.testsupport.Registers;

/**
 * The test fixture of issue 15's acceptance: a register under a test's folder filled with the
 * second-cycle data set ({@link SecondCycleNeedsDataSet}), and the desk over it on a fixed clock.
 */
final class AcceptanceRegister implements AutoCloseable {

    static final Instant NOW = Instant.parse("2021-09-20T09:00:00Z");

    final Register register;
    final AnalysisDesk desk;
    final SecondCycleNeedsDataSet.Written written;

    AcceptanceRegister(Path home) throws CatalogueException {
        register = Registers.under(home);
        Catalogue catalogue = new CatalogueLoader(TemplateSource.bundled()).load("uncac", 2);
        StateList states = StateList.load(TemplateSource.bundled());
        written = new SecondCycleNeedsDataSet(states, catalogue, SecondCycleNeedsDataSet.SEED).fill(register);
        desk = new AnalysisDesk(register, TemplateSource.bundled(), catalogue, states, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    public void close() {
        register.close();
    }

    /** Every sheet of a workbook as shown (cells formatted as Calc and Excel show them), by sheet name. */
    static List<List<List<String>>> sheets(Path xlsx) throws IOException {
        List<List<List<String>>> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
            DataFormatter shown = new DataFormatter();
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(shown.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                sheets.add(rows);
            }
        }
        return sheets;
    }

    /** The row of a sheet whose first cell is this text. */
    static List<String> row(List<List<String>> sheet, String first) {
        return sheet.stream().filter(r -> !r.isEmpty() && r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + sheet));
    }
}
