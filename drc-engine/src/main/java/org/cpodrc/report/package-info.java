/**
 * Report formats behind {@link org.cpodrc.report.ReportWriter}, registered in
 * {@link org.cpodrc.report.ReportFormats}; {@link org.cpodrc.report.AtomicFiles} replaces report
 * files atomically and {@link org.cpodrc.report.ReportCommit} all report files of a run together
 * or none (temporary files are removed by a shutdown hook on Ctrl-C/SIGTERM). Numbers are printed by {@link org.cpodrc.check.Numbers} so every format shows
 * the same value the same way, and no report carries a timestamp.
 *
 * <p>The HTML report's pictures: {@link org.cpodrc.report.OverviewPicture} opens the page with the
 * whole design (extent, the outlines a {@link org.cpodrc.engine.LayerView} names, e.g. a stack's
 * dies styled by role and tier, sparse layers of failing rules, and every violation listed in the
 * tables as a link to its row); {@link org.cpodrc.report.SvgPicture} draws each violation's
 * neighbourhood; both carry a {@link org.cpodrc.report.ScaleBar} of a round length. Coordinates
 * are rounded to 0.01 px and every list is drawn in report order, so pages are byte-identical.
 */
package org.cpodrc.report;
