package org.cemc.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cemc.community.GuestEv;
import org.junit.jupiter.api.Test;

class ReductionTest {

    /** A point of a planted cluster, remembering which one it was drawn from. */
    record Planted(int blob, double[] x) {
    }

    @Test
    void kMeansRecoversWellSeparatedPlantedClusters() {
        // Three blobs of 300, 200 and 100 points with centres 10 standard deviations apart.
        Random random = new Random(7);
        double[][] centres = {{0, 0, 0}, {10, 0, 0}, {0, 10, 10}};
        int[] sizes = {300, 200, 100};
        List<Planted> points = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            for (int i = 0; i < sizes[b]; i++) {
                double[] x = new double[3];
                for (int j = 0; j < 3; j++) {
                    x[j] = centres[b][j] + random.nextGaussian();
                }
                points.add(new Planted(b, x));
            }
        }

        List<Reduction.Cluster<Planted>> clusters = Reduction.reduce(points, Planted::x, 3, 11);

        assertThat(clusters).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Reduction.Cluster<Planted> cluster = clusters.get(i);
            assertThat(cluster.index()).isEqualTo(i + 1);
            assertThat(cluster.members()).as("largest first, one blob each").hasSize(sizes[i])
                    .allMatch(p -> p.blob() == cluster.representative().blob());
            assertThat(cluster.members()).contains(cluster.representative());
        }
        assertThat(clusters.stream().mapToDouble(Reduction.Cluster::probability).sum()).isCloseTo(1, within(1e-12));
    }

    @Test
    void representativesAreRealSamplesWhoseProbabilitiesAreClusterShares() {
        EvRepresentatives drawn = EvRepresentatives.draw(TestScenarios.defaults(400, 4, 42));

        assertThat(drawn.clusters()).hasSize(4);
        assertThat(drawn.clusters()).allMatch(c -> drawn.samples().contains(c.representative()))
                .allMatch(c -> c.probability() == c.size() / 400.0);
        assertThat(drawn.clusters().stream().mapToInt(Reduction.Cluster::size).sum()).isEqualTo(400);
        assertThat(drawn.requests()).extracting(GuestEv::id).containsExactly("rep1", "rep2", "rep3", "rep4");
    }

    @Test
    void theSameSeedGivesTheSameRepresentatives() {
        assertThat(EvRepresentatives.draw(TestScenarios.defaults(300, 3, 9)).requests())
                .isEqualTo(EvRepresentatives.draw(TestScenarios.defaults(300, 3, 9)).requests());
    }
}
