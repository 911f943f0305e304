package vn.danhgia.dashboard.report.model;

/** One block of a report section: a table, a chart or a paragraph, drawn in order. */
public sealed interface ReportBlock permits ReportTable, ReportChart, ReportParagraph {}
