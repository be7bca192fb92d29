package org.packpress.bench;

/** How big the synthetic data is: the sizes the issue names, or tiny ones that only prove the bench works. */
public enum BenchSize {
    FULL(new SyntheticPanel.Shape(20, 12, 2, 10, 20, 40, 6), 4, 15, 10, 10,
            new SyntheticPanel.Shape(10, 4, 1, 2, 10, 20, 4), 43, 50, 60, 2, 20),
    TINY(new SyntheticPanel.Shape(8, 2, 1, 2, 2, 3, 2), 2, 0, 2, 2,
            new SyntheticPanel.Shape(6, 1, 0, 1, 2, 2, 1), 3, 4, 6, 1, 2);

    final SyntheticPanel.Shape largePack;
    final int largerFactor;
    /** How long warming up may go on (see {@link BenchRunner}). */
    public final double warmUpSeconds;

    final int nightlyBodies;
    final int nightlyMeetings;
    /** The agenda of every nightly meeting. */
    final SyntheticPanel.Shape nightlyPack;
    final int forces;
    final int indicators;
    final int months;
    /** The soak's builds of each kind before its first reading of the service's memory, and before its second. */
    final int soakEarly;
    final int soakLate;

    BenchSize(SyntheticPanel.Shape largePack, int largerFactor, double warmUpSeconds, int nightlyBodies,
            int nightlyMeetings, SyntheticPanel.Shape nightlyPack, int forces, int indicators, int months,
            int soakEarly, int soakLate) {
        this.largePack = largePack;
        this.largerFactor = largerFactor;
        this.warmUpSeconds = warmUpSeconds;
        this.nightlyBodies = nightlyBodies;
        this.nightlyMeetings = nightlyMeetings;
        this.nightlyPack = nightlyPack;
        this.forces = forces;
        this.indicators = indicators;
        this.months = months;
        this.soakEarly = soakEarly;
        this.soakLate = soakLate;
    }

    /**
     * Untimed runs of a workload whose warm-up is a whole run of slow work (a command in a new JVM, W7's
     * validation): one at full size, none in the tiny bench, which is a quick check.
     */
    int wholeRunWarmUps() {
        return this == TINY ? 0 : 1;
    }

    /** W2 with every paper {@link #largerFactor} times as long: attachments and reports. */
    SyntheticPanel.Shape largerPack() {
        SyntheticPanel.Shape s = largePack;
        return new SyntheticPanel.Shape(s.items(), s.reports(), s.exemptReports(), s.attachments(),
                s.minPages() * largerFactor, s.maxPages() * largerFactor, s.sections() * largerFactor);
    }
}
