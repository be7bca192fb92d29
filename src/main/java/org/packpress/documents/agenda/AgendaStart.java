package org.packpress.documents.agenda;

import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Where a filled front sheet's agenda starts: the layout keys its heading ({@value #HEADING}) and the first cell of
 * each of its rows ({@value #ROW}).
 */
final class AgendaStart {

    static final String HEADING = "agenda-heading";
    static final String ROW = "agenda-row";

    private AgendaStart() {
    }

    /**
     * Whether the page with the agenda's heading holds none of its rows although the agenda has some: the header
     * block above took the room, and the heading and the table's header row end the page alone.
     */
    static boolean endsPageAlone(JasperPrint print) {
        List<JRPrintPage> pages = print.getPages();
        int heading = pageWith(pages, HEADING);
        return heading >= 0 && pageWith(pages, ROW) > heading;
    }

    /** The index of the first page holding an element of this key, or -1. */
    private static int pageWith(List<JRPrintPage> pages, String key) {
        for (int i = 0; i < pages.size(); i++) {
            for (JRPrintElement element : pages.get(i).getElements()) {
                if (key.equals(element.getKey())) {
                    return i;
                }
            }
        }
        return -1;
    }
}
