package org.cemc.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cemc.community.Distribution;
import org.cemc.community.GuestEv;
import org.cemc.community.GuestEvScenarios;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Draws guest EVs from the distributions of a {@link GuestEvScenarios} block. Truncated normals are drawn by
 * inverse CDF on the truncated range (no clipping, which would pile probability on the bounds); an EV whose
 * departure does not come after its arrival is drawn again.
 */
public final class EvSampler {
    /** Draws of one EV before concluding that its arrival and departure distributions cannot give a stay. */
    private static final int MAX_REDRAWS = 1000;

    private final GuestEvScenarios spec;
    private final RandomGenerator random;

    public EvSampler(GuestEvScenarios spec, RandomGenerator random) {
        this.spec = spec;
        this.random = random;
    }

    /** A sampler seeded with the block's own seed. */
    public static EvSampler seeded(GuestEvScenarios spec) {
        return new EvSampler(spec, new Well19937c(spec.seed()));
    }

    public GuestEv next(String id) {
        for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
            double arrival = draw(spec.arrivalHour());
            double departure = draw(spec.departureHour());
            double socArrival = draw(spec.socArrival());
            double battery = draw(spec.batteryKwh());
            double socRequired = draw(spec.socRequired());
            double chargeKw = draw(spec.chargeKw());
            double dischargeKw = draw(spec.dischargeKw());
            double etaCh = draw(spec.chargeEfficiency());
            double etaDis = draw(spec.dischargeEfficiency());
            if (departure > arrival) {
                return new GuestEv(id, Optional.empty(), arrival, departure, battery, socArrival, socRequired,
                        chargeKw, dischargeKw, etaCh, etaDis);
            }
        }
        throw new IllegalStateException("no departure after arrival in " + MAX_REDRAWS + " draws");
    }

    /** {@code count} EVs with ids {@code prefix1, prefix2, ...}. */
    public List<GuestEv> sample(int count, String prefix) {
        List<GuestEv> evs = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            evs.add(next(prefix + i));
        }
        return evs;
    }

    /** A whole day's guest EVs: a Poisson number of them with mean {@code fleetSizeMean}. */
    public List<GuestEv> fleet(String prefix) {
        int size = spec.fleetSizeMean() > 0
                ? new PoissonDistribution(spec.fleetSizeMean()).inverseCumulativeProbability(random.nextDouble())
                : 0;
        return sample(size, prefix);
    }

    private double draw(Distribution d) {
        if (d.isFixed()) {
            return d.mean();
        }
        NormalDistribution normal = new NormalDistribution(d.mean(), d.std());
        double low = normal.cumulativeProbability(d.min());
        double high = normal.cumulativeProbability(d.max());
        double value = normal.inverseCumulativeProbability(low + random.nextDouble() * (high - low));
        return Math.min(d.max(), Math.max(d.min(), value));
    }
}
