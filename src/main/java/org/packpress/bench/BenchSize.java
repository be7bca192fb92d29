package org.packpress.bench;

/** How big the synthetic data is: the sizes the issue names, or tiny ones that only prove the bench works. */
public enum BenchSize {
    FULL(new SyntheticPanel.Shape(20, 12, 2, 10, 20, 40, 6), 4, 15),
    TINY(new SyntheticPanel.Shape(8, 2, 1, 2, 2, 3, 2), 2, 0);

    final SyntheticPanel.Shape largePack;
    final int largerFactor;
    /** How long warming up may go on (see {@link BenchRunner}). */
    public final double warmUpSeconds;

    BenchSize(SyntheticPanel.Shape largePack, int largerFactor, double warmUpSeconds) {
        this.largePack = largePack;
        this.largerFactor = largerFactor;
        this.warmUpSeconds = warmUpSeconds;
    }

    /** W2 with every paper {@link #largerFactor} times as long: attachments and reports. */
    SyntheticPanel.Shape largerPack() {
        SyntheticPanel.Shape s = largePack;
        return new SyntheticPanel.Shape(s.items(), s.reports(), s.exemptReports(), s.attachments(),
                s.minPages() * largerFactor, s.maxPages() * largerFactor, s.sections() * largerFactor);
    }
}
