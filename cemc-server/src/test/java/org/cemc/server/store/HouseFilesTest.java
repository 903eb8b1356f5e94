package org.cemc.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run's files cut per house keep each house's lines exactly, quoted fields and all. */
class HouseFilesTest {
    private static final String SCHEDULE = """
            house,community,period,pv_kwh
            a,ec1,0,3
            a,ec1,1,0
            b,ec1,0,0
            b,ec1,1,0
            """;
    /** House b's name holds a comma, a line break and a quote, so its line is quoted over two lines. */
    private static final String SETTLEMENT = """
            house,name,community,net
            a,Åsa's house,ec1,1.5
            b,"Mill, ""old""
            lane",ec1,-0.25
            """;
    /** ev1 is away in period 0 (no host) and at b in period 1. */
    private static final String GUEST_EVS = """
            ev,period,start_hour,present,host,charge_kwh
            ev1,0,0,0,,0
            ev1,1,1,1,b,3.6
            """;

    @Test
    void eachHouseGetsItsOwnLinesAfterEachHeader() {
        Map<String, HouseFiles> houses = HouseFiles.split(bytes(SCHEDULE), bytes(SETTLEMENT), bytes(GUEST_EVS));

        assertThat(houses).containsOnlyKeys("a", "b");
        assertThat(text(houses.get("a").schedule())).isEqualTo("""
                house,community,period,pv_kwh
                a,ec1,0,3
                a,ec1,1,0
                """);
        assertThat(text(houses.get("a").settlement())).isEqualTo("""
                house,name,community,net
                a,Åsa's house,ec1,1.5
                """);
        assertThat(text(houses.get("b").settlement())).isEqualTo("""
                house,name,community,net
                b,"Mill, ""old""
                lane",ec1,-0.25
                """);
        assertThat(text(houses.get("a").guestEvs())).isEqualTo("ev,period,start_hour,present,host,charge_kwh\n");
        assertThat(text(houses.get("b").guestEvs())).isEqualTo("""
                ev,period,start_hour,present,host,charge_kwh
                ev1,1,1,1,b,3.6
                """);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
