package org.cemc.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rule that guarantees individual rationality when it can be had (docs/settlement.md): each house gets its
 * stand-alone value plus an equal share of the community's surplus over the stand-alone values,
 * {@code x_i = v({i}) + (v(N) - sum_j v({j})) / n} (equal surplus division). It sums to {@code v(N)}. When the
 * surplus is {@code >= 0} no house gets less than {@code v({i})}; when it is negative every house bears an equal
 * share of the loss and gets less, and no allocation summing to {@code v(N)} could leave every house at its
 * stand-alone value. Equal shares rather than shares weighted by contribution: it needs only the {@code n + 1}
 * values {@code v({i})} and {@code v(N)}, so it serves communities far too large for the Shapley value.
 *
 * @param standAlone {@code v({i})} of every house, in case order
 * @param grandCoalition {@code v(N)}
 * @param shares the allocation {@code x}, in case order
 */
public record EqualSurplusDivision(double[] standAlone, double grandCoalition, double[] shares) {

    public EqualSurplusDivision {
        standAlone = standAlone.clone();
        shares = shares.clone();
    }

    /** The allocation of {@code game}, from its {@code n + 1} values {@code v({i})} and {@code v(N)}, asked at once. */
    public static EqualSurplusDivision of(CoalitionGame game) {
        int n = game.players();
        List<BitSet> coalitions = new ArrayList<>(IntStream.range(0, n).mapToObj(Coalitions::single).toList());
        coalitions.add(Coalitions.grand(n));
        double[] values = game.values(coalitions);
        double[] standAlone = Arrays.copyOf(values, n);
        double grand = values[n];
        double share = (grand - Arrays.stream(standAlone).sum()) / n;
        return new EqualSurplusDivision(standAlone, grand, Arrays.stream(standAlone).map(v -> v + share).toArray());
    }

    @Override
    public double[] standAlone() {
        return standAlone.clone();
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    /** {@code v(N) - sum_i v({i})}: what the community earns beyond its houses standing alone (negative: less). */
    public double surplus() {
        return grandCoalition - Arrays.stream(standAlone).sum();
    }
}
