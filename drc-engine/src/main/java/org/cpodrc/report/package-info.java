/**
 * Report formats behind {@link org.cpodrc.report.ReportWriter}, registered in
 * {@link org.cpodrc.report.ReportFormats}; {@link org.cpodrc.report.AtomicFiles} replaces report
 * files atomically and {@link org.cpodrc.report.ReportCommit} all report files of a run together
 * or none (temporary files are removed by a shutdown hook on Ctrl-C/SIGTERM). Numbers are printed by {@link org.cpodrc.check.Numbers} so every format shows
 * the same value the same way, and no report carries a timestamp.
 */
package org.cpodrc.report;
