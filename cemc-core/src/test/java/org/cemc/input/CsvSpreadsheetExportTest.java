package org.cemc.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cemc.community.CommunityCase;
import org.cemc.model.HouseQuantity;
import org.cemc.result.FirstStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files as spreadsheets save them: a byte-order mark, ';' as separator, decimal commas. */
class CsvSpreadsheetExportTest {
    private static final String BOM = "\uFEFF";

    @TempDir
    Path folder;

    /** {@code csv} as a spreadsheet in a decimal-comma locale saves it: ';' between fields, ',' as decimal mark. */
    private static String semicolons(String csv) {
        return BOM + csv.replace(',', ';').replace('.', ',');
    }

    @Test
    void aBomSemicolonDecimalCommaCaseReadsAsThePlainOne() throws Exception {
        CommunityCase expected = plainCase();
        CaseFolder.writeTo(folder)
                .write("houses.csv", semicolons(CaseFolder.HOUSES_CSV))
                .write("prices.csv", semicolons(CaseFolder.PRICES_CSV));
        assertThat(CaseFolder.HOUSES_CSV).contains("0.5");
        assertThat(Files.readString(folder.resolve("houses.csv"))).startsWith(BOM + "house;period;pv_kwh")
                .contains("a;0;3;1;0,5;0,5");

        CommunityCase community = CaseReader.read(folder);

        assertThat(community).isEqualTo(expected);
        assertThat(community.houses().get(0).uninterruptible().toArray()).containsExactly(0.5, 0.5);
        assertThat(community.prices().gridSell().toArray()).containsExactly(0.05, 0.05);
    }

    @Test
    void aBomBeforeACommaSeparatedHeaderIsIgnored() throws Exception {
        CommunityCase expected = plainCase();
        CaseFolder.writeTo(folder)
                .write("houses.csv", BOM + CaseFolder.HOUSES_CSV)
                .write("prices.csv", BOM + "# exported\n" + CaseFolder.PRICES_CSV);

        assertThat(CaseReader.read(folder)).isEqualTo(expected);
    }

    @Test
    void aLineOfSpacesBeforeTheHeaderIsSkipped() throws Exception {
        CommunityCase expected = plainCase();
        CaseFolder.writeTo(folder)
                .write("houses.csv", "   \n" + semicolons(CaseFolder.HOUSES_CSV).substring(BOM.length()))
                .write("prices.csv", " \t \n" + CaseFolder.PRICES_CSV);

        assertThat(CaseReader.read(folder)).isEqualTo(expected);
    }

    @Test
    void semicolonFilesMayStillUseDecimalPointsAndScientificNotation() {
        CaseFolder.writeTo(folder).write("houses.csv", """
                house;period;pv_kwh;interruptible_kwh;uninterruptible_kwh;dr_callable_kwh
                a;0;3;1;0.5;5e-1
                a;1;0;1;0,5;0
                b;0;2,5E-1;2;1;0
                b;1;,25;2;1;0
                """);

        CommunityCase community = CaseReader.read(folder);

        assertThat(community.houses().get(0).drCallable().toArray()).containsExactly(0.5, 0);
        assertThat(community.houses().get(1).pv().toArray()).containsExactly(0.25, 0.25);
    }

    @Test
    void aHeaderWithBothSeparatorsIsAmbiguous() {
        CaseFolder.writeTo(folder).write("houses.csv",
                "house;period,pv_kwh,interruptible_kwh,uninterruptible_kwh,dr_callable_kwh\na;0,3,1,0.5,0.5\n");

        assertRefused("houses.csv line 1: the header \"house;period,pv_kwh,interruptible_kwh,uninterruptible_kwh,"
                + "dr_callable_kwh\" has both ',' and ';' between column names, so the separator is ambiguous; "
                + "separate the columns with ',' only (decimals with a point), or with ';' only (decimals with a "
                + "point or a comma).");
    }

    @Test
    void aTabSeparatedFileIsRefusedAsSuch() {
        CaseFolder.writeTo(folder).write("prices.csv", BOM + CaseFolder.PRICES_CSV.replace(',', '\t'));

        assertRefused("prices.csv line 1: the header \"period\tgrid_buy\tgrid_sell\tp2p\tdr_incentive\tdr_fine\tens\" "
                + "is separated by tabs, which CEMC does not read; save the file as CSV with ',' between columns "
                + "(decimals with a point), or with ';' (decimals with a point or a comma).");
    }

    @Test
    void aSemicolonNumberWithAThousandsSeparatorIsRefused() {
        CaseFolder.writeTo(folder).write("houses.csv", semicolons(CaseFolder.HOUSES_CSV)
                .replace("b;1;0;2;1;0", "b;1;0;1.234,5;1;0"));

        assertRefused("houses.csv line 5, column \"interruptible_kwh\": \"1.234,5\" has both '.' and ',', as a "
                + "thousands separator would; write numbers without thousands separators and with one decimal mark, "
                + "e.g. 1234,5 or 1234.5.");
    }

    @Test
    void aSemicolonNumberThatIsNoNumberSaysBothDecimalMarksAreRead() {
        CaseFolder.writeTo(folder).write("houses.csv", semicolons(CaseFolder.HOUSES_CSV)
                .replace("b;1;0;2;1;0", "b;1;0;2,,5;1;0"));

        assertRefused("houses.csv line 5, column \"interruptible_kwh\": \"2,,5\" is not a number; write decimals "
                + "with a comma or a point, e.g. 0,25 or 0.25 or 1,5e-3.");
    }

    @Test
    void decimalCommasInACommaSeparatedFileAreNamedAsSuch() {
        CaseFolder.writeTo(folder).write("houses.csv", CaseFolder.HOUSES_CSV.replace("a,1,0,1,0.5,0", "a,1,0,1,0,5,0"));

        assertRefused("houses.csv line 3: has 7 fields but the header has 6; this looks like decimal commas in a "
                + "comma-separated file; save with ';' as the separator (then \"0,25\" is read as 0.25) or use "
                + "decimal points (0.25).");
    }

    @Test
    void semicolonLinesUnderACommaHeaderAreNamedAsSuch() {
        CaseFolder.writeTo(folder).write("houses.csv", CaseFolder.HOUSES_CSV.replace("a,1,0,1,0.5,0", "a;1;0;1;0.5;0"));

        assertRefused("houses.csv line 3: has 1 fields but the header has 6; the line is separated by ';' but the "
                + "header by ','; use one separator in the whole file.");
    }

    @Test
    void firstStageCsvWithABomIsRead() throws Exception {
        CommunityCase community = CaseReader.read(CaseFolder.writeTo(folder).path());
        Path schedule = Files.createDirectory(folder.resolve("out"));
        Files.writeString(schedule.resolve(FirstStageReader.FILE), BOM + """
                house,period,dr_curtailed_kwh,export_mode,p2p_buyer
                a,0,0.5,1,0
                a,1,0,0,1
                b,0,0,1,0
                b,1,0,0,0
                """);

        FirstStage firstStage = FirstStageReader.read(schedule, community);

        assertThat(firstStage.get("a", HouseQuantity.DR_CURTAILED, 0)).isEqualTo(0.5);
        assertThat(firstStage.get("a", HouseQuantity.P2P_BUYER, 1)).isEqualTo(1);
    }

    /** The valid case as written with ',' and decimal points, read from a folder of its own. */
    private CommunityCase plainCase() throws Exception {
        return CaseReader.read(CaseFolder.writeTo(Files.createDirectory(folder.resolve("plain"))).path());
    }

    private void assertRefused(String message) {
        assertThatThrownBy(() -> CaseReader.read(folder))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage(folder + java.io.File.separator + message);
    }
}
