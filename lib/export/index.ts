/** Export of reports: Markdown, CSV and JSON, shared by the side panel and the command line. Pure: no DOM, no extension APIs. */
export { toMarkdown, reportToMarkdown, escapeMarkdown, MARKDOWN_PLACES, type ExportOptions } from './markdown';
export { toCsv, csvField, csvHeader, CSV_COLUMNS } from './csv';
export { toJson, toReportFile, ReportFileSchema, REPORT_FILE_FORMAT, REPORT_FILE_VERSION, type ExportItem, type ReportFile } from './report-file';
export { amountText, checkTitle, difference, factText, figureText, findingMessage, kindLabel, numberText, readableTime, say, severityLabel, unitText, type Words } from './words';
export { totalLabel, TOTAL_WORDS } from './totals';
export { CHECKLIST_MARKS, checklistByGroup, checklistCounts, checklistDetail, checklistGroupText, checklistLabel, checklistStatusText, checklistSummary, distinctPlaces, type ChecklistCounts, type ChecklistGroupView } from './checklist';
