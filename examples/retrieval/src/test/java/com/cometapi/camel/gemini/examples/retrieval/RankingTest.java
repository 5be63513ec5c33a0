package com.cometapi.camel.gemini.examples.retrieval;

import java.util.List;

import com.cometapi.camel.gemini.examples.retrieval.Ranking.Scored;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RankingTest {

    @Test
    void cosineIsOneForTheSameDirectionZeroForOrthogonalAndMinusOneForOpposite() {
        assertThat(Ranking.cosine(new float[] { 1, 2, 3 }, new float[] { 2, 4, 6 })).isCloseTo(1, within(1e-9));
        assertThat(Ranking.cosine(new float[] { 1, 0 }, new float[] { 0, 5 })).isCloseTo(0, within(1e-9));
        assertThat(Ranking.cosine(new float[] { 1, -1 }, new float[] { -3, 3 })).isCloseTo(-1, within(1e-9));
        assertThat(Ranking.cosine(new float[] { 1, 1 }, new float[] { 1, 0 })).isCloseTo(Math.sqrt(0.5), within(1e-9));
    }

    @Test
    void cosineRefusesVectorsOfDifferentLengthsOrWithoutDirection() {
        assertThatThrownBy(() -> Ranking.cosine(new float[] { 1, 2 }, new float[] { 1, 2, 3 }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 3 dimensions");
        assertThatThrownBy(() -> Ranking.cosine(new float[] { 0, 0 }, new float[] { 1, 2 }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ranksBestFirstKeepingEachPassageWithItsVector() {
        List<Scored> ranking = Ranking.rank(List.of("east", "north", "north-east"),
                List.of(new float[] { 1, 0 }, new float[] { 0, 1 }, new float[] { 1, 1 }), new float[] { 0.1f, 1 });

        assertThat(ranking).extracting(Scored::passage).containsExactly("north", "north-east", "east");
        assertThat(ranking).extracting(Scored::position).containsExactly(1, 2, 0);
    }

    @Test
    void refusesMorePassagesThanVectors() {
        assertThatThrownBy(() -> Ranking.rank(List.of("a", "b"), List.of(new float[] { 1 }), new float[] { 1 }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2 passages but 1 vectors");
    }
}
