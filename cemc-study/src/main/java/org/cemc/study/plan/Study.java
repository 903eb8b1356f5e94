package org.cemc.study.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cemc.community.CommunityCase;
import org.cemc.community.SettlementRule;
import org.cemc.input.CaseReader;
import org.cemc.input.InvalidCaseException;

/**
 * A study as study.yaml describes it (docs/studies.md, "The study file"): a case, a range of dates on a civil clock
 * and variants of the case's parameters; one job per (date, variant). {@link #read} reads and checks everything once,
 * core reading the case and every variant's case on the range's first day, so a bad study is refused before any job
 * runs; {@link #caseOf} then makes any job's case, from several threads at once.
 */
public final class Study {
    /** The seed of {@code charger_share}'s order of houses when study.yaml gives no {@code charger_seed}. */
    static final long DEFAULT_CHARGER_SEED = 42;
    /** A study of more days than this is surely a typo in its dates (a year is 366 at most). */
    private static final long MAX_DAYS = 100 * 366;
    private static final int DATES_SHOWN = 5;

    private final String name;
    private final Path file;
    private final ZoneId zone;
    private final LocalDate from;
    private final LocalDate to;
    private final List<LocalDate> dates;
    private final List<Variant> variants;
    private final List<String> parameters;
    private final StudyCase studyCase;
    private final Map<String, VariantCase> variantCases;
    private final List<String> warnings;

    private Study(String name, Path file, ZoneId zone, LocalDate from, LocalDate to, List<Variant> variants,
                  List<String> parameters, StudyCase studyCase, Map<String, VariantCase> variantCases,
                  List<String> warnings) {
        this.name = name;
        this.file = file;
        this.zone = zone;
        this.from = from;
        this.to = to;
        this.dates = from.datesUntil(to.plusDays(1)).toList();
        this.variants = List.copyOf(variants);
        this.parameters = List.copyOf(parameters);
        this.studyCase = studyCase;
        this.variantCases = Map.copyOf(variantCases);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads a study: the path is study.yaml or a folder holding it; every error an InvalidCaseException naming the
     * file and field.
     */
    public static Study read(Path studyFileOrFolder) {
        Path file = Files.isDirectory(studyFileOrFolder) ? studyFileOrFolder.resolve(StudyFile.FILE)
                : studyFileOrFolder;
        if (!Files.isRegularFile(file)) {
            throw new InvalidCaseException(file + " does not exist: a study is a folder holding " + StudyFile.FILE
                    + " (docs/studies.md, \"The study file\").");
        }
        file = file.toAbsolutePath().normalize();
        StudyFile study = StudyFile.parse(file);
        ZoneId zone = zone(file, study.zone());
        List<LocalDate> dates = dates(file, study.dates());
        Variants variants = Variants.of(file, study.variants());
        StudyCase studyCase = StudyCaseReader.read(file, study, zone);
        SettlementRule.Kind settlement = studyCase.community().settlement().kind();
        if (settlement != SettlementRule.Kind.P2P_PRICE) {
            throw error(file, "case", "the case names settlement: " + settlement.key() + ", but a study settles every "
                    + "day at the P2P price and reports each house's gain over standing alone beside it (docs/"
                    + "studies.md, \"Outputs\"); remove settlement: from the case's case.yaml, and share single days "
                    + "with cemc solve or cemc compare --settlement");
        }
        requireCovered(file, studyCase.series(), dates);
        long chargerSeed = Optional.ofNullable(study.chargerSeed()).orElse(DEFAULT_CHARGER_SEED);
        ChargerShare chargerShare = new ChargerShare(studyCase.community().houses(), chargerSeed);
        Map<String, VariantCase> cases = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Variant variant : variants.variants()) {
            VariantCase applied = VariantCase.apply(variant, studyCase.prices(), studyCase.options(), chargerShare);
            check(file, studyCase, applied, checkDates(dates, zone));
            chargerWarning(file, variant, chargerShare, studyCase.community().houses().size()).ifPresent(warnings::add);
            cases.put(variant.name(), applied);
        }
        String name = Optional.ofNullable(study.name()).orElse(file.getParent().getFileName().toString());
        return new Study(name, file, zone, dates.get(0), dates.get(dates.size() - 1), variants.variants(),
                variants.parameters(), studyCase, cases, warnings);
    }

    private static ZoneId zone(Path file, String zone) {
        if (zone == null) {
            throw error(file, "zone", "is missing; give the civil clock that splits the series into days, e.g. "
                    + "zone: America/New_York");
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw error(file, "zone", "\"" + zone + "\" is not a time zone; give a region of the tz database, e.g. "
                    + "America/New_York or Europe/Berlin");
        }
    }

    /** Every date of study.yaml's range, in order. */
    private static List<LocalDate> dates(Path file, StudyFile.DatesEntry range) {
        if (range == null || range.from() == null || range.to() == null) {
            throw error(file, "dates", "is missing or incomplete; give the first and last date studied, e.g. "
                    + "dates: {from: 2025-01-01, to: 2025-12-31}");
        }
        LocalDate from = date(file, "dates.from", range.from());
        LocalDate to = date(file, "dates.to", range.to());
        if (from.isAfter(to)) {
            throw error(file, "dates", "from " + from + " is after to " + to + ", so the range has no day; give "
                    + "from on or before to");
        }
        if (from.until(to, ChronoUnit.DAYS) >= MAX_DAYS) {
            throw error(file, "dates", from + " to " + to + " is more than " + MAX_DAYS + " days; check the years");
        }
        return from.datesUntil(to.plusDays(1)).toList();
    }

    private static void requireCovered(Path file, DaySeries series, List<LocalDate> dates) {
        List<LocalDate> uncovered;
        try {
            uncovered = series.uncovered(dates);
        } catch (IllegalArgumentException e) {
            throw error(file, "zone", e.getMessage());
        }
        if (!uncovered.isEmpty()) {
            throw error(file, "dates", "the series cover " + series.coverage() + ", which does not hold "
                    + uncovered.size() + (uncovered.size() == 1 ? " date: " : " dates: ") + shown(uncovered)
                    + "; choose dates within the series, or give series covering them");
        }
    }

    /** Has core read the variant's case on {@code dates}; its refusal is prefixed with the variant. */
    private static void check(Path file, StudyCase studyCase, VariantCase variant, List<LocalDate> dates) {
        try {
            for (LocalDate date : dates) {
                studyCase.day(date, variant);
            }
        } catch (InvalidCaseException e) {
            throw new InvalidCaseException(file + ", variant \"" + variant.variant().name() + "\" ("
                    + describe(variant.variant()) + ") makes the case invalid: " + e.getMessage());
        }
    }

    /**
     * The days on which core reads every variant's case in {@link #read}: the first date and, when that is a
     * spring-forward day, the first date after it with every clock hour, so that prices by clock period are read in
     * every row any day of the range uses. Values that change from day to day are read whole by core once (the case's
     * series) or cannot be refused (the SDR price, drawn guests); see docs/studies.md, "Variants", for the exception.
     */
    private static List<LocalDate> checkDates(List<LocalDate> dates, ZoneId zone) {
        List<LocalDate> checked = new ArrayList<>(List.of(dates.get(0)));
        dates.stream().filter(date -> Duration.between(date.atStartOfDay(zone),
                date.plusDays(1).atStartOfDay(zone)).toHours() >= 24).findFirst()
                .filter(date -> !date.equals(dates.get(0))).ifPresent(checked::add);
        return checked;
    }

    /** A share that gives no whole number of houses is rounded: said once, here, not changed silently. */
    private static Optional<String> chargerWarning(Path file, Variant variant, ChargerShare share, int houses) {
        String value = variant.parameters().get(Parameter.CHARGER_SHARE.key());
        if (value == null) {
            return Optional.empty();
        }
        double asked = Variants.number(value);
        int count = share.count(asked);
        if (Math.abs(count - asked * houses) < 1e-9) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s, variant \"%s\": charger_share %s of %d houses "
                + "gives %d chargers, a share of %.3f (rounded to whole houses).", file, variant.name(), value, houses,
                count, (double) count / houses));
    }

    public String name() {
        return name;
    }

    /** The folder of study.yaml; relative paths in it resolve against it. */
    public Path folder() {
        return file.getParent();
    }

    /** Every date of the range, in order. */
    public List<LocalDate> dates() {
        return dates;
    }

    /** In the file's order; one {@link Variant#base()} when the file has none. */
    public List<Variant> variants() {
        return variants;
    }

    /** The parameter names any variant sets, in the file's order. */
    public List<String> sweptParameters() {
        return parameters;
    }

    /** The civil clock whose days the study runs. */
    public ZoneId zone() {
        return zone;
    }

    /** What was read as given but adjusted, one line each (a charger share rounded to whole houses). */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The study restricted to --from/--to (each within the file's range) and --variants (names it has); refuses
     * anything else with a one-paragraph error naming the option. An empty list keeps every variant.
     */
    public Study restrictedTo(Optional<LocalDate> newFrom, Optional<LocalDate> newTo, List<String> variantNames) {
        LocalDate first = newFrom.orElse(from);
        LocalDate last = newTo.orElse(to);
        String range = "study.yaml's dates, " + from + " to " + to + " (" + file + ")";
        if (newFrom.isPresent() && (first.isBefore(from) || first.isAfter(to))) {
            throw new InvalidCaseException("--from " + first + " is outside " + range + "; choose a date within it.");
        }
        if (newTo.isPresent() && (last.isBefore(from) || last.isAfter(to))) {
            throw new InvalidCaseException("--to " + last + " is outside " + range + "; choose a date within it.");
        }
        if (first.isAfter(last)) {
            throw new InvalidCaseException("--from " + first + " is after " + (newTo.isPresent() ? "--to " : "the "
                    + "study's last date, ") + last + ", so no day is left; give --from on or before --to.");
        }
        List<Variant> kept = variants;
        if (!variantNames.isEmpty()) {
            Set<String> asked = new HashSet<>();
            for (String variant : variantNames) {
                if (!variantCases.containsKey(variant)) {
                    throw new InvalidCaseException("--variants: \"" + variant + "\" is not a variant of " + file
                            + "; its variants are " + variants.stream().map(Variant::name)
                            .collect(Collectors.joining(", ")) + ".");
                }
                if (!asked.add(variant)) {
                    throw new InvalidCaseException("--variants: \"" + variant + "\" is named twice; name each "
                            + "variant once.");
                }
            }
            kept = variants.stream().filter(v -> asked.contains(v.name())).toList();
        }
        Set<String> set = kept.stream().flatMap(v -> v.parameters().keySet().stream()).collect(Collectors.toSet());
        List<String> keptParameters = parameters.stream().filter(set::contains).toList();
        Map<String, VariantCase> keptCases = new LinkedHashMap<>();
        kept.forEach(v -> keptCases.put(v.name(), variantCases.get(v.name())));
        return new Study(name, file, zone, first, last, kept, keptParameters, studyCase, keptCases, warnings);
    }

    /** Dates x variants, date-major, variants in order. */
    public List<StudyJob> jobs() {
        List<StudyJob> jobs = new ArrayList<>(dates.size() * variants.size());
        for (LocalDate date : dates) {
            for (Variant variant : variants) {
                jobs.add(new StudyJob(date, variant));
            }
        }
        return jobs;
    }

    /**
     * The case of one job: the day's periods and series, the variant applied, that day's guest EVs drawn; exactly
     * what {@code cemc solve} would read had the day been written as a case folder.
     */
    public CommunityCase caseOf(StudyJob job) {
        return caseWithWarningsOf(job).community();
    }

    /** {@link #caseOf} with core's warnings about the day's case, as {@code cemc solve} prints them. */
    public CaseReader.ReadCase caseWithWarningsOf(StudyJob job) {
        VariantCase variant = variantCases.get(job.variant().name());
        if (variant == null || !variant.variant().equals(job.variant()) || !dates.contains(job.date())) {
            throw new IllegalArgumentException("job " + job.id() + " is not a job of this study");
        }
        try {
            return studyCase.day(job.date(), variant);
        } catch (InvalidCaseException e) {
            throw new InvalidCaseException(file + ", job " + job.id() + ": " + e.getMessage());
        }
    }

    public String currency() {
        return studyCase.community().currency();
    }

    static LocalDate date(Path file, String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw error(file, field, "\"" + text + "\" is not a date; write year-month-day, e.g. 2025-01-01");
        }
    }

    static InvalidCaseException error(Path file, String field, String problem) {
        return new InvalidCaseException(file + ", field " + field + ": " + problem + (problem.endsWith(".") ? ""
                : "."));
    }

    private static String describe(Variant variant) {
        return variant.parameters().isEmpty() ? "the case unchanged" : variant.parameters().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String shown(List<LocalDate> dates) {
        if (dates.size() <= DATES_SHOWN) {
            return dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        }
        return dates.subList(0, DATES_SHOWN - 1).stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                + ", ... " + dates.get(dates.size() - 1);
    }
}
