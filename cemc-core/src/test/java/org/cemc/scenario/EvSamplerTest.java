package org.cemc.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cemc.community.Distribution;
import org.cemc.community.GuestEv;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class EvSamplerTest {
    private static final int N = 20_000;
    private static final List<GuestEv> SAMPLES =
            new EvSampler(TestScenarios.defaults(N, 3, 1), new Well19937c(1)).sample(N, "s");

    /**
     * Mean and standard deviation of a normal truncated to [a, b]: with alpha = (a - mu) / sigma, beta =
     * (b - mu) / sigma and Z = Phi(beta) - Phi(alpha), the mean is mu + sigma (phi(alpha) - phi(beta)) / Z and
     * the variance sigma^2 [1 + (alpha phi(alpha) - beta phi(beta)) / Z - ((phi(alpha) - phi(beta)) / Z)^2].
     */
    private static double[] truncatedMoments(Distribution d) {
        NormalDistribution standard = new NormalDistribution(0, 1);
        double alpha = (d.min() - d.mean()) / d.std();
        double beta = (d.max() - d.mean()) / d.std();
        double z = standard.cumulativeProbability(beta) - standard.cumulativeProbability(alpha);
        double ratio = (standard.density(alpha) - standard.density(beta)) / z;
        double variance = d.std() * d.std()
                * (1 + (alpha * standard.density(alpha) - beta * standard.density(beta)) / z - ratio * ratio);
        return new double[] {d.mean() + d.std() * ratio, Math.sqrt(variance)};
    }

    private static void assertMoments(double[] values, Distribution d) {
        double[] expected = truncatedMoments(d);
        DescriptiveStatistics stats = new DescriptiveStatistics(values);
        // Standard errors: sigma / sqrt(n) for the mean, about sigma / sqrt(2n) for the standard deviation.
        assertThat(stats.getMean()).isCloseTo(expected[0], within(4 * expected[1] / Math.sqrt(N)));
        assertThat(stats.getStandardDeviation()).isCloseTo(expected[1], within(4 * expected[1] / Math.sqrt(2.0 * N)));
        assertThat(stats.getMin()).isGreaterThanOrEqualTo(d.min());
        assertThat(stats.getMax()).isLessThanOrEqualTo(d.max());
    }

    @Test
    void arrivalsFollowTheirTruncatedNormal() {
        assertMoments(SAMPLES.stream().mapToDouble(GuestEv::arrivalHour).toArray(), new Distribution(8.5, 1.5, 6, 12));
    }

    @Test
    void departuresFollowTheirTruncatedNormal() {
        assertMoments(SAMPLES.stream().mapToDouble(GuestEv::departureHour).toArray(),
                new Distribution(17.0, 1.5, 13, 21));
    }

    @Test
    void statesOfChargeFollowTheirTruncatedNormal() {
        assertMoments(SAMPLES.stream().mapToDouble(GuestEv::socArrival).toArray(),
                new Distribution(0.5, 0.15, 0.2, 0.8));
    }

    @Test
    void everyEvLeavesAfterItArrivesAndFixedValuesStayFixed() {
        assertThat(SAMPLES).allMatch(ev -> ev.departureHour() > ev.arrivalHour())
                .allMatch(ev -> ev.batteryKwh() == 25 && ev.socRequired() == 0.9);
    }

    @Test
    void overlappingArrivalAndDepartureRangesAreRedrawnNotClipped() {
        // Arrival and departure both in [8, 12]: about half the raw pairs are in the wrong order and are redrawn.
        var spec = new org.cemc.community.GuestEvScenarios(1, 1, 5, 0, 1, new Distribution(10, 2, 8, 12),
                new Distribution(10, 2, 8, 12), Distribution.fixed(0.5), Distribution.fixed(25),
                Distribution.fixed(0.9), Distribution.fixed(7.2), Distribution.fixed(0), Distribution.fixed(1),
                Distribution.fixed(1));
        List<GuestEv> evs = new EvSampler(spec, new Well19937c(5)).sample(2000, "s");

        assertThat(evs).allMatch(ev -> ev.departureHour() > ev.arrivalHour());
    }

    @Test
    void theSameSeedDrawsTheSameEvsAndAnotherSeedOthers() {
        List<GuestEv> again = new EvSampler(TestScenarios.defaults(N, 3, 1), new Well19937c(1)).sample(50, "s");
        List<GuestEv> other = new EvSampler(TestScenarios.defaults(N, 3, 1), new Well19937c(2)).sample(50, "s");

        assertThat(again).isEqualTo(SAMPLES.subList(0, 50));
        assertThat(other).isNotEqualTo(SAMPLES.subList(0, 50));
    }

    @Test
    void fleetSizesArePoissonWithTheGivenMean() {
        EvSampler sampler = new EvSampler(TestScenarios.defaults(1, 1, 3), new Well19937c(3));
        double[] sizes = new double[5000];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = sampler.fleet("f" + i + "-").size();
        }
        // Poisson(3): mean 3, variance 3; standard error of the mean sqrt(3 / 5000).
        DescriptiveStatistics stats = new DescriptiveStatistics(sizes);
        assertThat(stats.getMean()).isCloseTo(3, within(4 * Math.sqrt(3.0 / sizes.length)));
        assertThat(stats.getVariance()).isCloseTo(3, within(0.3));
    }
}
