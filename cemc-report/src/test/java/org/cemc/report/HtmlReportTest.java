package org.cemc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cemc.community.CommunityCase;
import org.cemc.community.EnergyCommunity;
import org.cemc.community.House;
import org.cemc.community.TestCommunities;
import org.cemc.input.BuiltInCase;
import org.cemc.scenario.EvRepresentatives;
import org.cemc.schedule.Comparison;
import org.cemc.solve.SolverSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class HtmlReportTest {
    private static final Instant COMPUTED = Instant.parse("2026-11-25T19:30:00Z");

    @TempDir
    static Path folder;

    @TempDir
    static Path handWorkedFolder;

    private static Comparison handWorked;

    @BeforeAll
    static void writeTheBuiltInAndTheHandWorkedReports() throws IOException {
        System.setProperty("java.awt.headless", "true");
        CommunityCase paper = BuiltInCase.read();
        CommunityCase day = paper.withGuestEvs(EvRepresentatives.draw(paper.guestEvScenarios().orElseThrow()).requests());
        HtmlReport.write(folder, Comparison.run(day, SolverSettings.defaults(), done -> { }), COMPUTED);
        handWorked = Comparison.run(handWorkedDay(), SolverSettings.defaults(), done -> { });
        HtmlReport.write(handWorkedFolder, handWorked, COMPUTED);
    }

    /**
     * Two houses over four periods of 30 min (00:00-02:00), dated and named. House "a" (named "Rose Cottage & Barn")
     * has a 7.2 kW charger and is enrolled in DR; "b" has nothing. Prices: grid 0.20 to buy, 0 to sell; DR incentive
     * 0.10 and fine 0.30 per kWh; stand-by 0.10 per hour; a guest EV pays its host 0.10 per kWh charged and is paid
     * 0.30 per kWh discharged; parking 1.00 per hour; social-welfare value 0.05 per kWh.
     * <ul>
     * <li>01:00-01:30 (period 2): DR calls all of a's 2 kWh of interruptible load. Curtailing earns 2 x 0.10 = 0.20;
     * buying it (0.40) or leaving it unserved would add the fine 2 x 0.30 = 0.60. So: curtailed 2 kWh, +0.20.</li>
     * <li>01:30-02:00 (period 3): a's 1 kWh of PV serves its 1 kWh of interruptible load: social-welfare value 0.05
     * (not money); exporting it would earn 0.</li>
     * <li>00:30-01:00 (period 1): ev1 (25 kWh, 50 % to 60 %) needs 2.5 kWh. Each kWh charged costs a 0.20 and
     * earns it 0.10, so a charges exactly 2.5 kWh: grid -0.50, charging +0.25; discharging costs 0.30 and saves at
     * most 0.20, so none. Hosting pays: parking 1.00 x 0.5 h = +0.50, and 0.50 - 0.25 > 0.</li>
     * <li>Stand-by: 0.10 x 0.5 h x 4 periods = +0.20.</li>
     * </ul>
     * a's net money: -0.50 + 0.20 + 0.50 + 0.20 + 0.25 = 0.65; with welfare 0.70. Standing alone (no guest EVs): DR
     * 0.20 + stand-by 0.20 = 0.40, so a is better off by 0.25. ev2 needs 10 % to 90 % of 25 kWh, 20 kWh, in one
     * period in which a charger gives at most 7.2 kW x 0.5 h = 3.6 kWh: refused.
     */
    private static CommunityCase handWorkedDay() {
        CommunityCase plain = TestCommunities.periods(4).periodHours(0.5)
                .house("a", h -> h.charger(7.2).callable(0, 0, 2, 0).interruptible(0, 0, 2, 1).pv(0, 0, 0, 1))
                .house("b", h -> h)
                .prices(p -> p.gridBuy(0.2).drIncentive(0.1).drFine(0.3).standby(0.1).evCharge(0.1).evDischarge(0.3)
                        .parkingFee(1.0).socialWelfareValue(0.05))
                .ev("ev1", 0.5, 1.0, 0.5, 0.6).ev("ev2", 0.5, 1.0, 0.1, 0.9).build();
        CommunityCase named = PlotsTest.withName(plain, "a", "Rose Cottage & Barn");
        return new CommunityCase("Lindenweg", Optional.of(LocalDate.of(2026, 6, 21)), named.currency(), named.grid(),
                List.of(new EnergyCommunity("ec1", "Lindenweg street")), named.houses(), named.guestEvs(),
                named.guestEvScenarios(), named.prices(), named.switches());
    }

    /** Distinct colours on a grid of points inside the plotting area (away from title, axes and legend). */
    static Set<Integer> coloursInPlottingArea(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int x = image.getWidth() / 8; x < image.getWidth() * 3 / 4; x += 3) {
            for (int y = image.getHeight() / 8; y < image.getHeight() * 7 / 8; y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }

    /** report.html parsed as XML: it must be well-formed (every element closed, only XML entities). */
    private static Document parse(Path report) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(report.toFile());
    }

    private static List<Element> elements(Document html, String... tags) {
        List<Element> elements = new ArrayList<>();
        for (String tag : tags) {
            NodeList nodes = html.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    /** The text of the element with this id as a reader sees it: cells and paragraphs apart, white space collapsed. */
    private static String text(Document html, String id) {
        return elements(html, "*").stream().filter(e -> e.getAttribute("id").equals(id)).findFirst()
                .map(HtmlReportTest::readable).orElseThrow(() -> new AssertionError("no " + id));
    }

    /** The text of a section as a reader sees it: from its h2 to the next h2. */
    private static String section(Document html, String id) {
        StringBuilder text = new StringBuilder();
        for (Node n = elements(html, "h2").stream().filter(e -> e.getAttribute("id").equals(id))
                .findFirst().orElseThrow(); n != null; n = n.getNextSibling()) {
            if (text.length() > 0 && n.getNodeName().equals("h2")) {
                break;
            }
            text.append(' ').append(readable(n));
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static final Set<String> BLOCKS = Set.of("p", "td", "th", "tr", "table", "h1", "h2", "h3", "br",
            "section", "figcaption");

    private static String readable(Node node) {
        StringBuilder text = new StringBuilder();
        collect(node, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void collect(Node node, StringBuilder text) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            text.append(node.getNodeValue());
            return;
        }
        boolean block = BLOCKS.contains(node.getNodeName());
        text.append(block ? " " : "");
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, text);
        }
        text.append(block ? " " : "");
    }

    @Test
    void everyPlotIsWrittenWithItsSizeAndIsNotBlank() throws IOException {
        for (String file : Plots.FILES.keySet()) {
            BufferedImage image = ImageIO.read(folder.resolve(file).toFile());
            assertThat(image.getWidth()).as(file).isEqualTo(Plots.WIDTH);
            assertThat(image.getHeight()).as(file).isEqualTo(Plots.HEIGHT);
            assertThat(coloursInPlottingArea(image)).as(file + ": colours in the plotting area").hasSizeGreaterThan(2);
        }
    }

    @Test
    void theReportHoldsEveryTableAndEmbedsEveryPlot() throws Exception {
        String html = Files.readString(folder.resolve(HtmlReport.FILE));

        for (String id : List.of("solver", "inputs", "guest-evs", "profit", "comparison", "settlement", "days",
                "plots", "glossary")) {
            assertThat(html).contains("<h2 id=\"" + id + "\">");
        }
        assertThat(html).contains("Total profit", "standing alone", "Stand-by payment");
        assertThat(section(parse(folder.resolve(HtmlReport.FILE)), "solver"))
                .contains("passed: the schedule meets every constraint", "optimal: proven best",
                        "tie-break applied (");
        assertThat(html).as("the settlement keeps money and welfare apart")
                .contains("<th>net (money)</th><th>Social-welfare value (not money)</th><th>net with welfare</th>",
                        "households' money", "welfare (not money)");
        for (String file : Plots.FILES.keySet()) {
            assertThat(html).as(file).contains("data-file=\"" + file + "\" src=\"data:image/png;base64,");
        }
        assertThat(html).as("self-contained: no external resource").doesNotContain("http://", "https://", "<script");
    }

    @Test
    void theReportIsWellFormedWithUniqueIdsAndHasNoProgramOutput() throws Exception {
        for (Path report : List.of(folder.resolve(HtmlReport.FILE), handWorkedFolder.resolve(HtmlReport.FILE))) {
            Document html = parse(report);
            List<String> ids = elements(html, "*").stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty())
                    .toList();
            assertThat(ids).as("ids").doesNotHaveDuplicates();
            String body = elements(html, "body").get(0).getTextContent();
            // No console dump (the solver facts were a <pre> block) and no Java toString: a List prints as
            // "[Energy community 1, ...]", a record as "GuestEv[id=...]".
            assertThat(elements(html, "pre")).as(report + ": <pre>").isEmpty();
            assertThat(body).as(report + ": text").doesNotContain("[", "Optional", "=");
        }
    }

    @Test
    void theHeaderGivesTheDateTheCaseAndWhenItWasComputed() throws Exception {
        Document dated = parse(handWorkedFolder.resolve(HtmlReport.FILE));
        Document undated = parse(folder.resolve(HtmlReport.FILE));

        assertThat(elements(dated, "h1").get(0).getTextContent()).isEqualTo("Lindenweg");
        assertThat(elements(dated, "title").get(0).getTextContent()).contains("Lindenweg", "2026-06-21");
        assertThat(elements(dated, "p").get(0).getTextContent())
                .contains("Schedule for Sunday 2026-06-21", "Computed 2026-11-25 19:30 UTC");
        assertThat(elements(undated, "h1").get(0).getTextContent()).isEqualTo(BuiltInCase.read().name());
        assertThat(elements(undated, "p").get(0).getTextContent()).contains("The case gives no date",
                "Computed 2026-11-25 19:30 UTC");
    }

    @Test
    void refusedGuestEvsAreMarkedRefusedWithTheReason() throws Exception {
        String guests = section(parse(handWorkedFolder.resolve(HtmlReport.FILE)), "guest-evs");

        // ev2 needs (0.9 - 0.1) x 25 = 20 kWh; one period of 0.5 h at 7.2 kW gives at most 3.6 kWh.
        assertThat(guests).contains("ev2 00:30 01:00 25 kWh 10 % → 90 % refused: it needs 20.00 kWh to go from 10 % "
                + "to 90 % but can take at most 3.60 kWh");
        assertThat(guests).contains("ev1 00:30 01:00 25 kWh 50 % → 60 % hosted by a (Rose Cottage & Barn)");
    }

    @Test
    void idsDoNotWrapAndHousesAreNamedBesideThem() throws Exception {
        String raw = Files.readString(handWorkedFolder.resolve(HtmlReport.FILE));
        Document html = parse(handWorkedFolder.resolve(HtmlReport.FILE));
        Set<String> ids = Set.of("a", "b", "ec1", "ev1", "ev2");

        assertThat(raw).contains(".id{white-space:nowrap}");
        List<Element> idCells = elements(html, "td", "th").stream()
                .filter(cell -> ids.contains(cell.getTextContent().strip())).toList();
        assertThat(idCells).as("cells holding an id").hasSizeGreaterThan(8)
                .allMatch(cell -> cell.getAttribute("class").equals("id"));
        assertThat(section(html, "settlement")).contains("a Rose Cottage & Barn");
        assertThat(section(html, "comparison")).contains("a Rose Cottage & Barn");
    }

    @Test
    void theGlossaryExplainsTheTermsOfDocsGlossary() throws Exception {
        String glossary = section(parse(folder.resolve(HtmlReport.FILE)), "glossary");
        String docs = Files.readString(Path.of("..", "docs", "glossary.md")).toLowerCase(Locale.ROOT);
        List<String> documentedTerms = Stream.of(docs.split("\n")).filter(line -> line.startsWith("| "))
                .map(line -> line.split("\\|")[1].strip().replace('-', ' ')).toList();

        assertThat(HtmlReport.GLOSSARY).extracting(HtmlReport.Term::term)
                .contains("P2P", "DR", "guest EV", "V2G", "export mode", "social-welfare value", "proven gap",
                        "standing alone", "individual rationality");
        for (HtmlReport.Term term : HtmlReport.GLOSSARY) {
            assertThat(glossary).contains(term.term() + " " + term.meaning());
            String key = term.term().toLowerCase(Locale.ROOT).replace('-', ' ');
            assertThat(documentedTerms).as("docs/glossary.md defines " + term.term())
                    .anyMatch(documented -> documented.contains(key));
        }
    }

    @Test
    void aHouseDayStatesItsDrPeriodsGuestEvAndMoneyAsWorkedByHand() throws Exception {
        Document html = parse(handWorkedFolder.resolve(HtmlReport.FILE));
        var settlement = handWorked.variant(Comparison.Scheme.FULL).settlement();
        var alone = handWorked.variant(Comparison.Scheme.STANDALONE).settlement();
        // The report's numbers come from the settlement; check it against the hand-worked numbers first.
        assertThat(settlement.net(0)).as("a's net money").isCloseTo(0.65, within(1e-6));
        assertThat(settlement.socialWelfareValue(0)).isCloseTo(0.05, within(1e-6));
        assertThat(alone.net(0)).as("a standing alone").isCloseTo(0.40, within(1e-6));

        String day = text(html, "day-a");

        assertThat(day).contains("a Rose Cottage & Barn, Lindenweg street",
                "DR is called 01:00–01:30 for 2.00 kWh in all; the schedule curtails 2.00 kWh (01:00–01:30).",
                "Guest EV ev1 parks at your charger 00:30–01:00 (it arrives 00:30 and leaves 01:00); it charges 2.50 kWh "
                        + "(00:30–01:00).",
                "you receive 1.15 USD (DR incentive 0.20, parking fees received 0.50, stand-by payment 0.20, "
                        + "guest-EV charging paid to the host 0.25) and pay 0.50 USD (grid energy bought 0.50): your net "
                        + "is +0.65 USD.",
                "social-welfare value of 0.05 USD (net with welfare +0.70 USD)",
                "you would net +0.40 USD: you are better off in the community by 0.25 USD.");
        // The table: the EV's period and the DR period, in clock time, with the kWh above.
        assertThat(day).contains("00:30–01:00 – – ev1 2.50 –", "01:00–01:30 2.00 2.00 – – –");
        assertThat(text(html, "day-b")).contains("Not enrolled in demand response (DR). No charger for guest EVs.",
                "your net is 0.00 USD", "in money you are as well off in the community.");
    }

    @Test
    void aFlaggedHouseIsNamedAndItsDaySaysItIsWorseOff(@TempDir Path out) throws Exception {
        // SettlementCsvTest.twoHouses, worked there: a sells its 2 spare kWh P2P at 0.10 where exporting pays 0.20,
        // so it nets 0.20 in the scheme against 0.40 standing alone.
        CommunityCase named = PlotsTest.withName(SettlementCsvTest.twoHouses(), "a", "Rose Cottage");

        HtmlReport.write(out, Comparison.run(named, SolverSettings.defaults(), done -> { }), COMPUTED);

        Document html = parse(out.resolve(HtmlReport.FILE));
        assertThat(section(html, "comparison")).contains("a (Rose Cottage) nets 0.20 in money in the full scheme "
                + "against 0.40 standing alone (0.20 USD less");
        assertThat(text(html, "day-a")).contains("you would net +0.40 USD: you are worse off in the community by "
                + "0.20 USD.");
    }

    @Test
    void beyondEightEcsTheProfitTableShowsTheCommunityTotalOnly(@TempDir Path out) throws Exception {
        // Nine ECs of one house each, house k buying k kWh of uninterruptible load at 0.10: the total grid term
        // is -(1 + 2 + ... + 9) x 0.10 = -4.50.
        TestCommunities builder = TestCommunities.periods(1).prices(p -> p.gridBuy(0.1));
        for (int k = 1; k <= 9; k++) {
            int ec = k;
            builder.house("h" + ec, h -> h.community("ec" + ec).uninterruptible(ec));
        }

        HtmlReport.write(out, Comparison.run(builder.build(), SolverSettings.defaults(), done -> { }), COMPUTED);

        String profit = section(parse(out.resolve(HtmlReport.FILE)), "profit");
        assertThat(profit).contains("profit only (9 ECs); cemc solve --out DIR writes each EC's to profit.csv.", "term paper total",
                "Profit from grid exchange (i) TPG, eq. 2 -4.50").doesNotContain("ec1");
    }

    @Test
    void houseDaysBeyondTheLimitAreLeftToTheSettlement() {
        StringBuilder html = new StringBuilder();

        HtmlReport.houseDays(html, handWorked, 1);

        assertThat(html.toString()).contains("id=\"day-a\"", "the first 1 of 2 houses", "settlement.csv")
                .doesNotContain("id=\"day-b\"");
    }
}
