package org.packpress.distribute;

import java.util.List;
import org.packpress.store.Recoverable;
import org.springframework.stereotype.Component;

/** At start-up and with each heartbeat: sends that a dead process left in flight are resent ({@link Distributor#resendInterrupted}). */
@Component
class InterruptedSends implements Recoverable {

    private final Distributor distributor;

    InterruptedSends(Distributor distributor) {
        this.distributor = distributor;
    }

    @Override
    public String recover() {
        List<String> resent = distributor.resendInterrupted();
        return resent.isEmpty() ? null : "resent after an interruption: " + String.join(", ", resent);
    }
}
