package org.issa.matching.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * EM on pairs drawn from a known model: every pair is a match with probability λ, its levels are
 * then drawn from m (match) or u (non-match), some values missing. EM, given u, must find m and λ.
 */
class ExpectationMaximisationTest {

    private static final double[][] M = {
        {0.70, 0.15, 0.10, 0.05},
        {0.80, 0.12, 0.08},
        {0.60, 0.25, 0.10, 0.04, 0.01},
        {0.90, 0.10},
    };
    private static final double[][] U = {
        {0.01, 0.02, 0.07, 0.90},
        {0.005, 0.045, 0.95},
        {0.002, 0.003, 0.01, 0.05, 0.935},
        {0.20, 0.80},
    };
    private static final int PAIRS = 60_000;
    private static final double LAMBDA = 0.15;

    @Test
    void learnsTheTrueMAndLambdaFromUnlabelledPairs() {
        byte[] levels = draw(new Random(2024));
        double[][] m0 = new double[M.length][];
        for (int f = 0; f < M.length; f++) {
            m0[f] = ExpectationMaximisation.startingM(M[f].length);
        }
        ExpectationMaximisation.Result r = ExpectationMaximisation.run(levels, M.length, U, m0, 0.01, PAIRS, 100, 1e-6);

        assertThat(r.converged()).isTrue();
        assertThat(r.lambda()).isCloseTo(LAMBDA, within(0.01));
        for (int f = 0; f < M.length; f++) {
            for (int l = 0; l < M[f].length; l++) {
                assertThat(r.m()[f][l]).as("m[%d][%d]", f, l).isCloseTo(M[f][l], within(0.02));
            }
        }
    }

    @Test
    void isDeterministicAndStopsAtTheIterationLimit() {
        byte[] levels = draw(new Random(5));
        double[][] m0 = new double[M.length][];
        for (int f = 0; f < M.length; f++) {
            m0[f] = ExpectationMaximisation.startingM(M[f].length);
        }
        ExpectationMaximisation.Result a = ExpectationMaximisation.run(levels, M.length, U, m0, 0.01, PAIRS, 3, 1e-12);
        ExpectationMaximisation.Result b = ExpectationMaximisation.run(levels, M.length, U, m0, 0.01, PAIRS, 3, 1e-12);
        assertThat(a.iterations()).isEqualTo(3);
        assertThat(a.converged()).isFalse();
        assertThat(a.m()).isDeepEqualTo(b.m());
        assertThat(a.lambda()).isEqualTo(b.lambda());
    }

    @Test
    void startingMDecreasesAndSumsToOne() {
        double[] m = ExpectationMaximisation.startingM(5);
        assertThat(m[0]).isGreaterThan(m[1]);
        assertThat(m[3]).isGreaterThan(m[4]);
        assertThat(m[0] + m[1] + m[2] + m[3] + m[4]).isCloseTo(1.0, within(1e-12));
    }

    private static byte[] draw(Random rnd) {
        byte[] levels = new byte[PAIRS * M.length];
        for (int p = 0; p < PAIRS; p++) {
            boolean match = rnd.nextDouble() < LAMBDA;
            for (int f = 0; f < M.length; f++) {
                levels[p * M.length + f] = rnd.nextDouble() < 0.1 ? (byte) FieldComparison.NULL
                        : (byte) sample(match ? M[f] : U[f], rnd);
            }
        }
        return levels;
    }

    private static int sample(double[] dist, Random rnd) {
        double x = rnd.nextDouble();
        for (int l = 0; l < dist.length; l++) {
            x -= dist[l];
            if (x < 0) {
                return l;
            }
        }
        return dist.length - 1;
    }
}
