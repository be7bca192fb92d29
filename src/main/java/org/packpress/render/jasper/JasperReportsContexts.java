package org.packpress.render.jasper;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;

/** The single JasperReports context PackPress uses. */
final class JasperReportsContexts {

    static final JasperReportsContext DEFAULT = DefaultJasperReportsContext.getInstance();

    private JasperReportsContexts() {
    }
}
