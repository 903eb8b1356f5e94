package org.cemc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.cemc.community.CommunityCase;
import org.cemc.community.Hostability;

/**
 * States one constraint family on a tiny community and asserts its rows, in the spirit of Timefold's
 * {@code ConstraintVerifier}:
 *
 * <pre>{@code
 * FamilyVerifier.of(community).family(PvSplit::add)
 *         .hasRowsExactly("a_pv_split_t0")
 *         .row("a_pv_split_t0")
 *         .hasTerms(Map.of("a_self_supply_t0", 1.0, "a_p2p_sold_t0", 1.0, "a_pv_export_t0", 1.0))
 *         .atMost(2.0);
 * }</pre>
 *
 * <p>Only the variables ({@link HouseVariables#add}, {@link GuestEvVariables#add}) and the family under test are
 * built, so every row seen is that family's, and a row the family should not state (K11, or E1 for an EV with
 * one able host) shows up as an unexpected name. {@link #variablesOnly()} builds no family at all, for the
 * constraints that are variable bounds (K8, E5).
 *
 * <p>Rows are compared by name, as a map from variable name to coefficient. Coefficients of a variable listed
 * twice in one row are summed, as the solver adapter sums them; a term whose coefficients sum to zero is left out,
 * since {@code 0 * v} constrains nothing (so K5 at a period with no interruptible demand reads {@code GI <= 0}).
 */
final class FamilyVerifier {
    /** Coefficients and bounds are derived by hand from the data; they must match up to rounding only. */
    static final Offset<Double> EXACT = within(1e-9);

    /** A family over the house variables: K1, K2, K5, K9, K10, K12. */
    @FunctionalInterface
    interface HouseFamily {
        void add(LinearModel lp, CommunityCase community, HouseVariables houses);
    }

    /** A family over the house and guest-EV variables: K3, K4, K6, K7. */
    @FunctionalInterface
    interface HouseAndEvFamily {
        void add(LinearModel lp, CommunityCase community, HouseVariables houses, GuestEvVariables evs);
    }

    /** A family over the guest-EV variables: E1-E4, E6. */
    @FunctionalInterface
    interface EvFamily {
        void add(LinearModel lp, CommunityCase community, GuestEvVariables evs);
    }

    private final CommunityCase community;

    private FamilyVerifier(CommunityCase community) {
        this.community = community;
    }

    static FamilyVerifier of(CommunityCase community) {
        return new FamilyVerifier(community);
    }

    Stated family(HouseFamily family) {
        return build((lp, houses, evs) -> family.add(lp, community, houses));
    }

    Stated family(HouseAndEvFamily family) {
        return build((lp, houses, evs) -> family.add(lp, community, houses, evs));
    }

    Stated family(EvFamily family) {
        return build((lp, houses, evs) -> family.add(lp, community, evs));
    }

    /** The variables and no rows: for the constraints the model states as variable bounds. */
    Stated variablesOnly() {
        return build((lp, houses, evs) -> { });
    }

    private interface Body {
        void add(LinearModel lp, HouseVariables houses, GuestEvVariables evs);
    }

    private Stated build(Body family) {
        LinearModel lp = new LinearModel();
        HouseVariables houses = HouseVariables.add(lp, community);
        GuestEvVariables evs = GuestEvVariables.add(lp, community, Hostability.of(community));
        // The variables state no rows, so every row from here on is the family's.
        assertThat(lp.rowCount()).as("rows stated by the variables alone").isZero();
        family.add(lp, houses, evs);
        return new Stated(lp);
    }

    /** The model with the variables and the one family: what the assertions read. */
    static final class Stated {
        private final LinearModel lp;

        private Stated(LinearModel lp) {
            this.lp = lp;
        }

        /** Every row name the family stated. */
        List<String> rowNames() {
            return lp.rows().stream().map(LinearModel.Row::name).toList();
        }

        /** The family states exactly these rows (no more, none twice), in any order. */
        Stated hasRowsExactly(String... names) {
            assertThat(rowNames()).as("rows of the family").containsExactlyInAnyOrder(names);
            return this;
        }

        /** The family states no row at all (for these data it cannot bind anywhere). */
        Stated hasNoRows() {
            assertThat(rowNames()).as("rows of the family").isEmpty();
            return this;
        }

        Stated hasNoRow(String name) {
            assertThat(rowNames()).as("rows of the family").doesNotContain(name);
            return this;
        }

        /** The one row of that name; fails, listing the rows there are, if there is none. */
        RowAssert row(String name) {
            List<LinearModel.Row> found = lp.rows().stream().filter(r -> r.name().equals(name)).toList();
            assertThat(found).as("row %s among %s", name, rowNames()).hasSize(1);
            return new RowAssert(this, found.get(0));
        }

        /** The variable of that name; fails if the model has none. */
        VariableAssert variable(String name) {
            Optional<LinearModel.Variable> found = findVariable(name);
            assertThat(found).as("variable %s", name).isPresent();
            return new VariableAssert(this, found.get());
        }

        /** No variable of that name exists (e.g. EV variables outside its stay, where {@code AR = 0}). */
        Stated hasNoVariable(String name) {
            assertThat(findVariable(name)).as("variable %s", name).isEmpty();
            return this;
        }

        private Optional<LinearModel.Variable> findVariable(String name) {
            return lp.variables().stream().filter(v -> v.name().equals(name)).findFirst();
        }

        private String nameOf(int variable) {
            return lp.variable(variable).name();
        }
    }

    /** Assertions on one row: its terms, then its bounds (which return to the family for the next row). */
    static final class RowAssert {
        private final Stated family;
        private final LinearModel.Row row;

        private RowAssert(Stated family, LinearModel.Row row) {
            this.family = family;
            this.row = row;
        }

        /** The row's terms are exactly these: variable name to coefficient. */
        RowAssert hasTerms(Map<String, Double> expected) {
            Map<String, Double> actual = terms();
            assertThat(actual.keySet()).as("variables in row %s (coefficients %s)", row.name(), actual)
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((variable, coefficient) -> assertThat(actual.get(variable))
                    .as("coefficient of %s in row %s", variable, row.name())
                    .isCloseTo(coefficient, EXACT));
            return this;
        }

        /** {@code sum <= upper}, with no lower bound. */
        Stated atMost(double upper) {
            return bounds(Double.NEGATIVE_INFINITY, upper);
        }

        /** {@code sum >= lower}, with no upper bound. */
        Stated atLeast(double lower) {
            return bounds(lower, Double.POSITIVE_INFINITY);
        }

        Stated equalTo(double value) {
            return bounds(value, value);
        }

        private Stated bounds(double lower, double upper) {
            assertBound("lower", row.lower(), lower);
            assertBound("upper", row.upper(), upper);
            return family;
        }

        private void assertBound(String which, double actual, double expected) {
            if (Double.isInfinite(expected)) {
                assertThat(actual).as("%s bound of row %s", which, row.name()).isEqualTo(expected);
            } else {
                assertThat(actual).as("%s bound of row %s", which, row.name()).isCloseTo(expected, EXACT);
            }
        }

        private Map<String, Double> terms() {
            Map<String, Double> sums = new TreeMap<>();
            for (int k = 0; k < row.variables().length; k++) {
                sums.merge(family.nameOf(row.variables()[k]), row.coefficients()[k], Double::sum);
            }
            sums.values().removeIf(coefficient -> coefficient == 0);
            return sums;
        }
    }

    /** Assertions on one variable's kind and bounds. */
    static final class VariableAssert {
        private final Stated family;
        private final LinearModel.Variable variable;

        private VariableAssert(Stated family, LinearModel.Variable variable) {
            this.family = family;
            this.variable = variable;
        }

        VariableAssert isContinuous() {
            assertThat(variable.integer()).as("%s is integer", variable.name()).isFalse();
            return this;
        }

        VariableAssert isBinary() {
            assertThat(variable.integer()).as("%s is integer", variable.name()).isTrue();
            return this;
        }

        /** {@code lower <= variable <= upper} (an infinite upper bound is given as {@code Double.POSITIVE_INFINITY}). */
        Stated within(double lower, double upper) {
            assertThat(variable.lower()).as("lower bound of %s", variable.name()).isCloseTo(lower, EXACT);
            if (Double.isInfinite(upper)) {
                assertThat(variable.upper()).as("upper bound of %s", variable.name()).isEqualTo(upper);
            } else {
                assertThat(variable.upper()).as("upper bound of %s", variable.name()).isCloseTo(upper, EXACT);
            }
            return family;
        }
    }
}
