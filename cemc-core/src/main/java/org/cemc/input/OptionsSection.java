package org.cemc.input;

import java.util.Optional;
import org.cemc.community.Switches;

/** Reads {@code options:} of case.yaml, the model's switches; each one left out keeps its default. */
final class OptionsSection {
    private OptionsSection() {
    }

    static Switches read(CaseDocument.OptionsEntry options) {
        Switches on = Switches.defaults();
        if (options == null) {
            return on;
        }
        return on.withP2p(Optional.ofNullable(options.p2p()).orElse(on.p2p()))
                .withDr(Optional.ofNullable(options.dr()).orElse(on.dr()))
                .withGuestEvs(Optional.ofNullable(options.guestEvs()).orElse(on.guestEvs()))
                .withV2g(Optional.ofNullable(options.v2g()).orElse(on.v2g()))
                .withExclusiveEvMode(Optional.ofNullable(options.exclusiveEvMode()).orElse(on.exclusiveEvMode()));
    }
}
