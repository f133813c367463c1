/** Export of reports: Markdown, CSV and JSON, shared by the side panel and the command line. Pure: no DOM, no extension APIs. */
export { toMarkdown, reportToMarkdown, escapeMarkdown, type ExportOptions } from './markdown';
export { toCsv, csvField, CSV_HEADER } from './csv';
export { toJson, toReportFile, ReportFileSchema, REPORT_FILE_FORMAT, REPORT_FILE_VERSION, type ExportItem, type ReportFile } from './report-file';
export { checkTitle, difference, readableTime, SEVERITY_LABEL } from './words';
