/**
 * Technical-assistance needs and review outcomes analysed across all States (issue 15): the
 * secretariat's category scheme and keyword rules ({@code templates/analysis/}), the coding workbook
 * it codes needs in ({@link org.irm.analysis.CodingWorkbook}, taken back by
 * {@link org.irm.analysis.CodingImport}), the tables of the TA-needs analysis
 * ({@link org.irm.analysis.TaNeedsAnalysis}) and of the outcomes ({@link org.irm.analysis.OutcomesAnalysis}),
 * written as an .xlsx with native charts, a .docx note and JSON ({@link org.irm.analysis.AnalysisOutputs}),
 * and the acceptance data set shaped like the published second-cycle figures
 * ({@link org.irm.analysis.SecondCycleNeedsDataSet}). A stage: it reads the report blocks and the
 * follow-up tracker through the register, and uses only the lower packages (config, catalogue, docx,
 * register, folders).
 */
package org.irm.analysis;
