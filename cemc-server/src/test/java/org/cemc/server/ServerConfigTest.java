package org.cemc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --public-url: an origin browsers compare with a form's Origin header, so written as browsers write one. */
class ServerConfigTest {
    @ParameterizedTest
    @CsvSource({
        "https://cemc.example.org,        https://cemc.example.org",
        "HTTPS://CEMC.Example.org/,       https://cemc.example.org",
        "https://cemc.example.org:8443,   https://cemc.example.org:8443",
        "http://10.0.0.5:8080/,           http://10.0.0.5:8080"})
    void aPublicUrlIsItsOrigin(String given, String origin) {
        assertThat(ServerConfig.publicUrl(given)).hasToString(origin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cemc.example.org                  | with a host name",
        "ftp://cemc.example.org            | with a host name",
        "https://cemc.example.org/cemc     | no path, query or user",
        "https://cemc.example.org/?a=1     | no path, query or user",
        "https://admin@cemc.example.org    | no path, query or user",
        "https://cemc example              | is not a URL"})
    void anythingElseIsRefusedSayingWhy(String given, String why) {
        assertThatThrownBy(() -> ServerConfig.publicUrl(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why);
    }
}
