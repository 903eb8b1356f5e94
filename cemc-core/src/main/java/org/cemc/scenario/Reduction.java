package org.cemc.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.hipparchus.clustering.CentroidCluster;
import org.hipparchus.clustering.Clusterable;
import org.hipparchus.clustering.KMeansPlusPlusClusterer;
import org.hipparchus.clustering.MultiKMeansPlusPlusClusterer;
import org.hipparchus.clustering.distance.EuclideanDistance;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.StandardDeviation;

/**
 * Scenario reduction by K-means (the paper's Fig. 6): features standardised to z-scores, Hipparchus' k-means++
 * with several restarts keeping the lowest within-cluster variance, deterministic for a seed. Each cluster is
 * represented by its medoid, the real item nearest its centroid, and weighted by its share of the items.
 */
public final class Reduction {
    /** k-means++ restarts; the best by sum of cluster variances is kept. */
    static final int RESTARTS = 10;
    private static final int MAX_ITERATIONS = 1000;

    private Reduction() {
    }

    /** One cluster: its representative, how many items it holds and their share of all items. */
    public record Cluster<T>(int index, T representative, int size, double probability, List<T> members) {
    }

    /** An item with its standardised features, as Hipparchus clusters it. */
    private record Point<T>(T item, double[] features) implements Clusterable {
        @Override
        public double[] getPoint() {
            return features;
        }
    }

    /**
     * Reduces {@code items} to at most {@code k} clusters, largest first (ties by the representative's features),
     * numbered from 1.
     */
    public static <T> List<Cluster<T>> reduce(List<T> items, Function<T, double[]> features, int k, long seed) {
        if (k < 1 || k > items.size()) {
            throw new IllegalArgumentException("cannot make " + k + " clusters of " + items.size() + " items");
        }
        List<Point<T>> points = standardised(items, features);
        KMeansPlusPlusClusterer<Point<T>> kMeans = new KMeansPlusPlusClusterer<>(k, MAX_ITERATIONS,
                new EuclideanDistance(), new Well19937c(seed));
        List<CentroidCluster<Point<T>>> found = new MultiKMeansPlusPlusClusterer<>(kMeans, RESTARTS).cluster(points);

        List<Cluster<T>> clusters = new ArrayList<>();
        for (CentroidCluster<Point<T>> cluster : found) {
            if (cluster.getPoints().isEmpty()) {
                continue;
            }
            double[] centre = cluster.getCenter().getPoint();
            Point<T> medoid = cluster.getPoints().stream()
                    .min(Comparator.comparingDouble(p -> squaredDistance(p.features(), centre))).orElseThrow();
            List<T> members = cluster.getPoints().stream().map(Point::item).toList();
            clusters.add(new Cluster<>(0, medoid.item(), members.size(), (double) members.size() / items.size(),
                    members));
        }
        clusters.sort(Comparator.<Cluster<T>>comparingInt(c -> -c.size())
                .thenComparing(c -> features.apply(c.representative()), Reduction::lexicographic));
        List<Cluster<T>> numbered = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster<T> c = clusters.get(i);
            numbered.add(new Cluster<>(i + 1, c.representative(), c.size(), c.probability(), c.members()));
        }
        return numbered;
    }

    private static <T> List<Point<T>> standardised(List<T> items, Function<T, double[]> features) {
        double[][] raw = items.stream().map(features).toArray(double[][]::new);
        int dimensions = raw[0].length;
        double[] mean = new double[dimensions];
        double[] std = new double[dimensions];
        for (int j = 0; j < dimensions; j++) {
            double[] column = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                column[i] = raw[i][j];
            }
            mean[j] = new Mean().evaluate(column);
            std[j] = new StandardDeviation().evaluate(column);
        }
        List<Point<T>> points = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            double[] z = new double[dimensions];
            for (int j = 0; j < dimensions; j++) {
                z[j] = std[j] > 0 ? (raw[i][j] - mean[j]) / std[j] : 0;
            }
            points.add(new Point<>(items.get(i), z));
        }
        return points;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return sum;
    }

    private static int lexicographic(double[] a, double[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
