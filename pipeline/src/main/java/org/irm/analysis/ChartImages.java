package org.irm.analysis;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a table's chart as a PNG (JFreeChart) for the .docx note: the same clustered columns as the
 * .xlsx's native chart, shares in per cent. Runs headless.
 */
final class ChartImages {

    static final int WIDTH = 1400;
    static final int HEIGHT = 700;
    private static final Color[] SERIES = {new Color(0x1F3864), new Color(0x4472C4), new Color(0xED7D31), new Color(0xA5A5A5),
        new Color(0xFFC000)};

    static {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    }

    private ChartImages() {
    }

    static byte[] png(AnalysisTable table) throws IOException {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        AnalysisTable.Chart chart = table.chart();
        for (List<Object> row : table.rows()) {
            String category = String.valueOf(row.get(chart.categoryColumn()));
            for (int column : chart.seriesColumns()) {
                Object value = row.get(column);
                double number = value instanceof Share share ? share.fraction() * 100 : ((Number) value).doubleValue();
                dataset.addValue(number, table.columns().get(column).header(), category);
            }
        }
        JFreeChart drawn = ChartFactory.createBarChart(table.title(), null, null, dataset, PlotOrientation.VERTICAL,
                chart.seriesColumns().size() > 1, false, false);
        drawn.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = drawn.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (table.rows().size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < chart.seriesColumns().size(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, drawn, WIDTH, HEIGHT);
        return png.toByteArray();
    }
}
