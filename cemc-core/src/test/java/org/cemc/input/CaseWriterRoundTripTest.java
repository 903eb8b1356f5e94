package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cemc.community.CommunityCase;
import org.cemc.community.P2pMarket;
import org.cemc.community.SettlementRule;
import org.cemc.community.Switches;
import org.cemc.synthetic.SyntheticCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseWriterRoundTripTest {
    /**
     * Shorthands of the reader that a written case does not need: defaults shared by listed guest EVs, and the
     * inputs of a computed P2P price, which is written as the price it computed.
     */
    private static final Set<String> READ_ONLY = Set.of(CaseKeys.GUEST_EV_DEFAULTS, CaseKeys.P2P_RULE,
            CaseKeys.FEED_IN);

    @TempDir
    Path temp;

    static Stream<Arguments> cases() {
        CommunityCase paper = BuiltInCase.read();
        return Stream.of(
                Arguments.of("built-in case, guest EVs as distributions, SDR price", paper),
                Arguments.of("built-in case with every switch turned", paper.withSwitches(
                        new Switches(false, false, false, false, true))),
                Arguments.of("synthetic case, guest EVs listed", SyntheticCase.generate(2, 5, 6, 11)),
                Arguments.of("built-in case with a date", dated(paper)),
                Arguments.of("built-in case settled by sampled Shapley values", shapley(paper)));
    }

    private static CommunityCase dated(CommunityCase community) {
        return new CommunityCase(community.name(), Optional.of(LocalDate.of(2026, 11, 26)), community.currency(),
                community.grid(), community.communities(), community.houses(), community.guestEvs(),
                community.guestEvScenarios(), community.prices(), community.switches());
    }

    private static CommunityCase shapley(CommunityCase community) {
        return community.withSettlement(new SettlementRule(SettlementRule.Kind.SHAPLEY, 400, 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aWrittenCaseReadsBackAsTheSameCaseWithItsP2pPriceGiven(String what, CommunityCase original)
            throws IOException {
        CaseWriter.write(temp, original);

        CommunityCase read = CaseReader.read(temp);

        CommunityCase expected = original.withPrices(
                original.prices().withP2pMarket(P2pMarket.series(original.prices().p2p())));
        assertThat(read).isEqualTo(expected);
    }

    /** A case whose houses and guest EVs are listed in case.yaml, and the same with them in CSV tables. */
    static Stream<Arguments> bothForms() {
        return Stream.of(Arguments.of("houses and guest EVs listed in case.yaml", (Consumer<CaseFolder>) c -> { }),
                Arguments.of("houses and guest EVs in CSV tables", (Consumer<CaseFolder>) EntriesTest::withTables));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothForms")
    void eitherFormIsWrittenAsTablesThatReadBackAsTheSameCase(String what, Consumer<CaseFolder> form)
            throws IOException {
        CaseFolder given = CaseFolder.writeTo(Files.createDirectory(temp.resolve("given")));
        form.accept(given);
        CommunityCase original = CaseReader.read(given.path());

        CaseWriter.write(temp.resolve("written"), original);

        String yaml = Files.readString(temp.resolve("written").resolve(CaseReader.CASE_FILE));
        assertThat(yaml).contains("houses: \"house-list.csv\"").contains("guest_evs: \"guest-ev-list.csv\"");
        assertThat(CaseReader.read(temp.resolve("written"))).isEqualTo(original);
    }

    @Test
    void theWriterWritesEveryCaseKeyButTheReadersShorthands() throws IOException {
        Set<String> written = new TreeSet<>();
        written.addAll(writtenKeys(temp.resolve("paper"), shapley(dated(BuiltInCase.read()))));
        written.addAll(writtenKeys(temp.resolve("synthetic"), SyntheticCase.generate(2, 5, 6, 11)));

        Set<String> expected = new TreeSet<>(CaseKeysTest.all());
        expected.removeAll(READ_ONLY);
        assertThat(written).isEqualTo(expected);
    }

    /** The field names in the case.yaml written for {@code community}, and the column names of its CSV files. */
    private static Set<String> writtenKeys(Path folder, CommunityCase community) throws IOException {
        CaseWriter.write(folder, community);
        Set<String> keys = new TreeSet<>();
        collectKeys(new ObjectMapper(new YAMLFactory()).readValue(folder.resolve(CaseReader.CASE_FILE).toFile(),
                Object.class), keys);
        for (String csv : List.of("house-list.csv", "guest-ev-list.csv", "houses.csv", "prices.csv")) {
            if (Files.notExists(folder.resolve(csv))) {
                continue;
            }
            keys.addAll(Arrays.asList(Files.readAllLines(folder.resolve(csv)).get(0).split(",")));
        }
        return keys;
    }

    private static void collectKeys(Object yaml, Set<String> keys) {
        if (yaml instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                keys.add((String) key);
                collectKeys(value, keys);
            });
        } else if (yaml instanceof List<?> list) {
            list.forEach(element -> collectKeys(element, keys));
        }
    }
}
