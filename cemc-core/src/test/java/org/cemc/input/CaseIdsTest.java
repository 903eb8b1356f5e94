package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.result.Schedule;
import org.cemc.schedule.Outcome;
import org.cemc.schedule.Scheduler;
import org.cemc.solve.MilpSolver;
import org.cemc.solve.SolveStatus;
import org.cemc.solve.SolverBackend;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The id rule of docs/case-format.md ("Ids") and a house's optional display name. */
class CaseIdsTest {
    @TempDir
    Path temp;

    /** The small case with ids in other scripts: house a is "mühle-ø" (it has the charger), b is Greek. */
    private CaseFolder unicodeIds() {
        return CaseFolder.writeTo(temp)
                .replace("case.yaml", "{id: ec1,", "{id: gemeinde.süd,")
                .replace("case.yaml", "{id: a, community: ec1", "{id: mühle-ø, community: gemeinde.süd")
                .replace("case.yaml", "{id: b, community: ec1", "{id: σπίτι2, community: gemeinde.süd")
                .replace("case.yaml", "{id: ev1, community: ec1", "{id: élan-1, community: gemeinde.süd")
                .write("houses.csv", CaseFolder.HOUSES_CSV.replace("a,", "mühle-ø,").replace("b,", "σπίτι2,"));
    }

    @Test
    void unicodeLettersAndDigitsWithSeparatorsAreIds() {
        CommunityCase read = CaseReader.read(unicodeIds().path());

        assertThat(read.houses()).extracting(House::id).containsExactly("mühle-ø", "σπίτι2");
        assertThat(read.communities().get(0).id()).isEqualTo("gemeinde.süd");
        assertThat(read.guestEvs().get(0).id()).isEqualTo("élan-1");
    }

    @ParameterizedTest
    @EnumSource(SolverBackend.class)
    void aCaseWithUnicodeIdsSolvesOnEveryBackend(SolverBackend backend) {
        assumeTrue(MilpSolver.isAvailable(backend), backend + " is not installed");
        CommunityCase community = CaseReader.read(unicodeIds().path());

        Outcome outcome = Scheduler.run(community, new SolverSettings(backend, 30, 1e-9, false));

        assertThat(outcome.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(outcome.check()).get().satisfies(check -> assertThat(check.violations()).isEmpty());
        Schedule schedule = outcome.schedule().orElseThrow();
        assertThat(schedule.house("mühle-ø")).isNotNull();
        assertThat(schedule.house("σπίτι2")).isNotNull();
    }

    static Stream<Arguments> badIds() {
        return Stream.of(
                Arguments.of("a space", "\"b c\"", "character 2, U+0020 space, is not allowed"),
                Arguments.of("a slash", "\"b/c\"", "character 2, '/' (U+002F), is not allowed"),
                Arguments.of("a control character", "\"b\\ac\"", "\"b\\u0007c\" is not a valid id: character 2, "
                        + "U+0007"),
                Arguments.of("an underscore", "b_c", "character 2, '_' (U+005F), is not allowed"),
                Arguments.of("a leading separator", "\"-b\"", "it starts with '-' (U+002D)"),
                Arguments.of("a trailing separator", "\"b.\"", "it ends with '.' (U+002E)"),
                Arguments.of("65 characters", "b" + "ø".repeat(64), "it has 65 characters, more than 64"),
                Arguments.of("a decomposed letter", "\"mu\\u0308hle\"", "not in Unicode's composed form (NFC)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badIds")
    void anIdWithAForbiddenCharacterIsRefusedWithTheRule(String what, String yamlId, String problem) {
        CaseFolder c = CaseFolder.writeTo(temp).replace("case.yaml", "{id: b,", "{id: " + yamlId + ",");

        assertThatThrownBy(() -> CaseReader.read(c.path()))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("case.yaml, field houses[1].id: ")
                .hasMessageContaining(problem)
                .hasMessageContaining(CaseSource.ID_RULE)
                .hasMessageNotContaining("\u0007");
    }

    @Test
    void idsAreCaseSensitive() {
        CaseFolder c = CaseFolder.writeTo(temp).replace("case.yaml", "{id: b,", "{id: A,")
                .replace("houses.csv", "b,0,", "A,0,").replace("houses.csv", "b,1,", "A,1,");

        assertThat(CaseReader.read(c.path()).houses()).extracting(House::id).containsExactly("a", "A");
    }

    @Test
    void aHouseHasAnOptionalDisplayName() {
        CaseFolder c = CaseFolder.writeTo(temp)
                .replace("case.yaml", "{id: a,", "{id: a, name: \"Mühle am Bach\",");

        List<House> houses = CaseReader.read(c.path()).houses();

        assertThat(houses.get(0).name()).contains("Mühle am Bach");
        assertThat(houses.get(1).name()).isEmpty();
    }

    @Test
    void aNamedHouseIsWrittenBackWithItsName() throws IOException {
        Files.createDirectories(temp.resolve("in"));
        CommunityCase original = CaseReader.read(CaseFolder.writeTo(temp.resolve("in"))
                .replace("case.yaml", "{id: a,", "{id: a, name: \"Mühle am Bach: \\\"die alte\\\" #1\",").path());
        assertThat(original.houses().get(0).name()).contains("Mühle am Bach: \"die alte\" #1");

        CaseWriter.write(temp.resolve("out"), original);
        CommunityCase read = CaseReader.read(temp.resolve("out"));

        assertThat(read.houses()).isEqualTo(original.houses());
        assertThat(read.houses().get(1).name()).isEmpty();
    }

    static Stream<Arguments> badNames() {
        return Stream.of(
                Arguments.of("empty", "\"\"", "an empty name; leave the name out for none"),
                Arguments.of("a line break", "\"Mühle\\nam Bach\"", "holds the control character U+000A"),
                Arguments.of("81 characters", "\"" + "ø".repeat(81) + "\"", "a name of 81 characters, more than 80"),
                Arguments.of("a space at an end", "\" Mühle\"", "the name \" Mühle\", which starts or ends with a "
                        + "space; write it without (a CSV table drops such spaces, so the name would not read back "
                        + "the same)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNames")
    void aNameIsOneLineOfAtMost80Characters(String what, String yamlName, String problem) {
        CaseFolder c = CaseFolder.writeTo(temp).replace("case.yaml", "{id: a,", "{id: a, name: " + yamlName + ",");

        assertThatThrownBy(() -> CaseReader.read(c.path()))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("case.yaml, field houses[0].name: house \"a\" has ")
                .hasMessageContaining(problem);
    }

    @Test
    void aHouseBuiltWithoutANameHasNone() {
        House house = CaseReader.read(CaseFolder.writeTo(temp).path()).houses().get(0);

        assertThat(new House(house.id(), house.community(), house.chargerKw(), house.drEnrolled(), house.pv(),
                house.interruptible(), house.uninterruptible(), house.drCallable()).name()).isEqualTo(Optional.empty());
    }
}
