package org.cemc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.GuestEv;
import org.cemc.community.Hostability;
import org.cemc.result.ProfitTable;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.result.ProfitTerm;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.SolveMethod;
import org.cemc.schedule.StochasticOutcome;
import org.cemc.solve.SolveResult;
import org.cemc.solve.TieBreak;
import org.cemc.solve.SolveStatus;

/** What {@code cemc solve} prints: the run's facts and the profit table in the shape of the paper's Table I. */
public final class ConsoleReport {
    /** Beyond this many ECs the profit table (printed and in report.html) shows only the community total. */
    static final int MAX_EC_COLUMNS = 8;

    private ConsoleReport() {
    }

    /** A count with its noun in the right number: "1 community", "0 communities", "2 communities". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The guest-EV requests drawn from a case's distributions. */
    public static String representatives(EvRepresentatives drawn) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "guest EVs: %d drawn, reduced by K-means to %s%n", drawn.samples().size(),
                count(drawn.clusters().size(), "representative", "representatives")));
        List<GuestEv> requests = drawn.requests();
        for (int i = 0; i < requests.size(); i++) {
            GuestEv ev = requests.get(i);
            text.append(String.format(Locale.ROOT, "  %s (p = %.3f): arrives %.2f h, leaves %.2f h, %.0f %% charged%n",
                    ev.id(), drawn.clusters().get(i).probability(), ev.arrivalHour(), ev.departureHour(),
                    100 * ev.socArrival()));
        }
        return text.toString();
    }

    /** One line per guest EV the model must leave unhosted, printed before solving. */
    public static List<String> refusals(List<Hostability> refused) {
        List<String> lines = new ArrayList<>();
        for (Hostability h : refused) {
            lines.add("guest EV " + h.ev().id() + " cannot be served and is left unhosted: " + h.refusal().orElse(""));
        }
        return lines;
    }

    public static String facts(Outcome outcome) {
        StringBuilder text = new StringBuilder(solverFacts(outcome.community(),
                count(outcome.community().guestEvs().size(), "guest EV", "guest EVs"), outcome.size(), outcome.buildSeconds(),
                outcome.solve(), outcome.settings().relaxIntegers()));
        outcome.check().ifPresent(check -> text.append("  checker: ").append(check.describe(10))
                .append(", OR-Tools verifySolution: ").append(outcome.solve().solverVerified() ? "passed" : "FAILED")
                .append(System.lineSeparator()));
        return text.toString();
    }

    /** The run's facts and, per scenario, its probability, guest EVs, profit and checks. */
    public static String facts(StochasticOutcome outcome) {
        StringBuilder text = new StringBuilder(solverFacts(outcome.base(),
                "guest EVs in " + count(outcome.scenarios().size(), "scenario", "scenarios"), outcome.size(), outcome.buildSeconds(),
                outcome.solve(), outcome.settings().relaxIntegers()));
        for (StochasticOutcome.Scenario s : outcome.scenarios()) {
            text.append(String.format(Locale.ROOT, "  scenario %d (p = %.3f, %s)", s.index(),
                    s.probability(), count(s.community().guestEvs().size(), "guest EV", "guest EVs")));
            s.profit().ifPresent(p -> text.append(String.format(Locale.ROOT, ": profit %.2f %s", p.total(),
                    outcome.base().currency())));
            s.check().ifPresent(c -> text.append(", checker ").append(c.passed() ? "passed" : c.describe(5)));
            text.append(System.lineSeparator());
        }
        outcome.expectationCheck().ifPresent(c -> text.append(String.format(Locale.ROOT,
                "  expected profit %.2f %s (%s), OR-Tools verifySolution: %s%n", outcome.expectedProfit(),
                outcome.base().currency(), c.passed() ? "equals the objective" : c.describe(1),
                outcome.solve().solverVerified() ? "passed" : "FAILED")));
        outcome.firstStageCheck().ifPresent(c -> text.append("  first stage (v, r, DR) the same in every scenario: ")
                .append(c.passed() ? "checked" : c.describe(5)).append(System.lineSeparator()));
        return text.toString();
    }

    /**
     * How the schedule was picked among equally profitable ones (docs/solvers.md), after the solve time: the
     * tie-break's solver time, which under the decomposition adds up its blocks, solved side by side.
     */
    private static String tieBreak(TieBreak tieBreak) {
        return switch (tieBreak.status()) {
            case APPLIED -> String.format(Locale.ROOT, " (tie-break %.2f s of solver time)", tieBreak.seconds());
            case UNFINISHED -> String.format(Locale.ROOT, " (tie-break unfinished in %.2f s of solver time: another "
                    + "solver may pick another schedule of the same profit)", tieBreak.seconds());
            case NOT_RUN -> "";
        };
    }

    private static String solverFacts(CommunityCase community, String guestEvs, Outcome.ModelSize size,
                                      double buildSeconds, SolveResult solve, boolean relaxed) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s%n  %s in %s, %s of %s h, %s%n", community.name(),
                count(community.houses().size(), "house", "houses"),
                count(community.communities().size(), "community", "communities"),
                count(community.periods(), "period", "periods"), Numbers.csv(community.grid().periodHours()), guestEvs));
        text.append(String.format(Locale.ROOT, "  model:   %s, %,d variables (%,d binaries), %,d constraints, built in "
                + "%.2f s%n", size.form(), size.variables(), size.binaries(), size.constraints(), buildSeconds));
        text.append(String.format(Locale.ROOT, "  solver:  %s %s, status %s, solved in %.2f s%s%n", solve.solverName(),
                solve.solverVersion(), solve.status(), solve.solveSeconds(), tieBreak(solve.tieBreak())));
        if (solve.status().hasSolution() && relaxed) {
            text.append(String.format(Locale.ROOT, "  LP-relaxation bound %.2f %s: no schedule, the optimum is at most "
                    + "this%n", solve.objective(), community.currency()));
        } else if (solve.status().hasSolution()) {
            String gap = Double.isNaN(solve.relativeGap()) ? "no bound proven, gap unknown"
                    : String.format(Locale.ROOT, "best bound %.2f, proven gap %.4f %%", solve.bound(),
                    100 * solve.relativeGap());
            text.append(String.format(Locale.ROOT, "  objective %.2f %s, %s%n", solve.objective(),
                    community.currency(), gap));
        } else {
            text.append("  ").append(solve.message()).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** Why a run ended without a schedule, and what the user can try. */
    public static String whyNoSchedule(Outcome outcome) {
        String why = whyNoSchedule(outcome.solve(), outcome.check().map(c -> c.describe(10)).orElse("not run"));
        boolean decomposable = outcome.method() == SolveMethod.DIRECT && !outcome.settings().relaxIntegers();
        return outcome.solve().status() == SolveStatus.NO_SOLUTION_FOUND && decomposable
                ? why.substring(0, why.length() - 1) + ", or --method decomposition." : why;
    }

    public static String whyNoSchedule(StochasticOutcome outcome) {
        String checks = outcome.scenarios().stream().flatMap(s -> s.check().stream()).filter(c -> !c.passed())
                .map(c -> c.describe(5)).findFirst()
                .or(() -> outcome.firstStageCheck().filter(c -> !c.passed()).map(c -> c.describe(5)))
                .orElse(outcome.expectationCheck().map(c -> c.describe(1)).orElse("not run"));
        return whyNoSchedule(outcome.solve(), checks);
    }

    private static String whyNoSchedule(SolveResult solve, String checks) {
        return switch (solve.status()) {
            case NO_SOLUTION_FOUND -> solve.message() + "; try a longer --time-limit or another --solver.";
            case INFEASIBLE -> solve.message() + "; every case has a feasible schedule (unserved demand and unhosted "
                    + "EVs are always allowed), so please report this with the case; --no-guest-evs may narrow it down.";
            case UNBOUNDED -> solve.message() + "; a price is likely wrong in sign (see docs/case-format.md).";
            case ERROR -> solve.message() + "; this is a fault in CEMC or the solver, please report it with the case; "
                    + "another --solver may get round it.";
            case OPTIMAL, FEASIBLE -> "the solution failed the checks (checker: "
                    + checks + "; OR-Tools verifySolution: "
                    + (solve.solverVerified() ? "passed" : "failed") + "); this is a bug, please report it with the case.";
        };
    }

    /** The profit table: a row per objective term, a column per EC and one for the whole community. */
    public static String profitTable(CommunityCase community, ProfitTable profit) {
        StringBuilder text = new StringBuilder();
        List<EnergyCommunity> ecs = community.communities().size() <= MAX_EC_COLUMNS ? community.communities()
                : List.of();
        if (ecs.isEmpty()) {
            text.append(String.format(Locale.ROOT, "(%s: per-EC figures are in profit.csv)%n",
                    count(community.communities().size(), "community", "communities")));
        }
        text.append(String.format(Locale.ROOT, "%-34s", "Profit (" + community.currency() + ")"));
        for (EnergyCommunity ec : ecs) {
            text.append(String.format(Locale.ROOT, "%10s", ec.id()));
        }
        text.append(String.format(Locale.ROOT, "%10s%n", "total"));
        for (ProfitTerm term : ProfitTerm.values()) {
            text.append(String.format(Locale.ROOT, "%-34s", term.label()));
            for (EnergyCommunity ec : ecs) {
                text.append(money(profit.term(term, ec.id())));
            }
            text.append(money(profit.term(term))).append(System.lineSeparator());
        }
        text.append(String.format(Locale.ROOT, "%-34s", "Total profit"));
        for (EnergyCommunity ec : ecs) {
            text.append(money(profit.total(ec.id())));
        }
        text.append(money(profit.total())).append(System.lineSeparator());
        return text.toString();
    }

    private static String money(double amount) {
        double shown = Math.abs(amount) < 0.005 ? 0 : amount;
        return String.format(Locale.ROOT, "%+10.2f", shown).replace("+0.00", " 0.00");
    }
}
