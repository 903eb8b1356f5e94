package org.cemc.study.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.cemc.study.run.StudyEngineProvider;
import org.junit.jupiter.api.Test;

/** How the command line finds the engine, and which master it runs on. */
class SparkEngineProviderTest {

    @Test
    void theJarRegistersTheSparkEngineForServiceLoader() {
        List<StudyEngineProvider> providers = ServiceLoader.load(StudyEngineProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(providers).extracting(StudyEngineProvider::name).containsExactly("spark");
        assertThat(providers.get(0).create("a study", Optional.empty())).isInstanceOf(SparkEngine.class);
    }

    @Test
    void theMasterIsTheOneGivenElseSparkSubmitsElseEveryLocalCore() {
        String submitted = System.getProperty("spark.master");
        try {
            System.clearProperty("spark.master");
            assertThat(new SparkEngine("a", Optional.empty()).conf().get("spark.master")).isEqualTo("local[*]");
            assertThat(new SparkEngine("a", Optional.empty()).conf().get("spark.driver.host")).isEqualTo("127.0.0.1");

            // spark-submit hands its --master to the application as this property.
            System.setProperty("spark.master", "spark://head:7077");
            assertThat(new SparkEngine("a", Optional.empty()).conf().get("spark.master"))
                    .isEqualTo("spark://head:7077");
            assertThat(new SparkEngine("a", Optional.empty()).conf().contains("spark.driver.host")).isFalse();
            assertThat(new SparkEngine("a", Optional.of("local[2]")).conf().get("spark.master")).isEqualTo("local[2]");
            assertThat(new SparkEngine("a", Optional.of("local[2]")).conf().get("spark.ui.enabled")).isEqualTo("false");
        } finally {
            if (submitted == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", submitted);
            }
        }
    }
}
