package org.cemc.cli;

import java.io.PrintWriter;
import org.cemc.community.CommunityCase;
import org.cemc.report.ConsoleReport;
import org.cemc.scenario.EvRepresentatives;

/** How a command turns a case into guest-EV requests to schedule: its list, or its K-means representatives. */
final class CaseScheduling {
    private CaseScheduling() {
    }

    /** The case with its guest-EV distributions (if any) replaced by representatives, which are printed. */
    static CommunityCase withGuestEvRequests(CommunityCase community, PrintWriter out) {
        if (community.guestEvScenarios().isEmpty()) {
            return community;
        }
        EvRepresentatives representatives = EvRepresentatives.draw(community.guestEvScenarios().get());
        out.print(ConsoleReport.representatives(representatives));
        return community.withGuestEvs(representatives.requests());
    }
}
