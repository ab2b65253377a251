/**
 * Opening a design file: {@link org.cpodrc.layoutio.LayoutFiles} looks at the bytes (the OASIS
 * magic {@code %SEMI-OASIS\r\n}, also inside gzip) and hands the file to the OASIS or the GDSII
 * reader. The one place where the command line and the engine open a layout, so that every
 * command takes both formats whatever the file is called.
 */
package org.cpodrc.layoutio;
