package org.cemc.study.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cemc.community.CommunityCase;
import org.cemc.community.P2pMarket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variants as study.yaml gives them: names, values as written, and what each kind of parameter does. */
class VariantsTest {

    @Test
    void aListKeepsItsOrderAndItsValuesAsWritten(@TempDir Path folder) {
        Study study = Study.read(StudyFolders.hourlyCase(folder, "2025-03-08", 71, 1)
                .variants("  list:\n    - {name: dear, grid_buy: 0.300}\n    - {name: no-dr, dr: false}\n").write());

        assertThat(study.variants()).extracting(Variant::name).containsExactly("dear", "no-dr");
        assertThat(study.variants().get(0).parameters()).containsEntry("grid_buy", "0.300");
        assertThat(study.sweptParameters()).containsExactly("grid_buy", "dr");
        CommunityCase dear = study.caseOf(new StudyJob(LocalDate.of(2025, 3, 9), study.variants().get(0)));
        // The variant's constant replaces the prices file's grid_buy column in every period.
        assertThat(dear.prices().gridBuy().toArray()).hasSize(23).containsOnly(0.3);
        CommunityCase noDr = study.caseOf(new StudyJob(LocalDate.of(2025, 3, 9), study.variants().get(1)));
        assertThat(noDr.switches().dr()).isFalse();
        assertThat(noDr.prices().gridBuy().at(2)).isCloseTo(0.1 + 3 / 1000.0, within(1e-12));
    }

    @Test
    void aComputedP2pRuleDoesNotUseTheCasesP2pPrice(@TempDir Path folder) {
        // The case gives p2p: 0.07 (rule series); mid-market prices at (grid_buy + feed_in) / 2, feed_in defaulting
        // to grid_sell 0.04: in period 0 (clock row 0, grid_buy 0.1), (0.1 + 0.04) / 2 = 0.07 as well, but in
        // period 23 of 10 March (grid_buy 0.123), 0.0815.
        Study study = Study.read(StudyFolders.hourlyCase(folder, "2025-03-08", 71, 1)
                .variants("  sweep:\n    p2p_rule: [series, mid-market]\n").write());

        CommunityCase given = study.caseOf(new StudyJob(LocalDate.of(2025, 3, 10), study.variants().get(0)));
        CommunityCase mid = study.caseOf(new StudyJob(LocalDate.of(2025, 3, 10), study.variants().get(1)));

        assertThat(given.prices().p2pMarket().rule()).isEqualTo(P2pMarket.Rule.SERIES);
        assertThat(given.prices().p2p().at(23)).isEqualTo(0.07);
        assertThat(mid.prices().p2pMarket().rule()).isEqualTo(P2pMarket.Rule.MID_MARKET);
        assertThat(mid.prices().p2p().at(23)).isCloseTo(0.0815, within(1e-12));
        assertThat(study.variants()).extracting(Variant::name)
                .containsExactly("p2p-rule-series", "p2p-rule-mid-market");
    }

    @Test
    void noVariantsMakeOneBaseVariant(@TempDir Path folder) {
        Study study = Study.read(StudyFolders.hourlyCase(folder, "2025-03-08", 71, 1).write());

        assertThat(study.variants()).containsExactly(Variant.base());
        assertThat(study.sweptParameters()).isEmpty();
        assertThat(study.jobs()).extracting(StudyJob::id)
                .containsExactly("2025-03-08/base", "2025-03-09/base", "2025-03-10/base");
    }
}
