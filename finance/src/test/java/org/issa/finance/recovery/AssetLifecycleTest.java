package org.issa.finance.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.issa.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The lifecycle's allowed moves, identifiers per kind, and the median the indicators use. */
class AssetLifecycleTest {

    @Test
    void stagesMoveOnlyForward() {
        assertThat(AssetStage.IDENTIFIED.mayMoveTo(AssetStage.FROZEN)).isTrue();
        assertThat(AssetStage.FROZEN.mayMoveTo(AssetStage.CONFISCATED)).isTrue();
        assertThat(AssetStage.CONFISCATED.mayMoveTo(AssetStage.MANAGED)).isTrue();
        assertThat(AssetStage.MANAGED.mayMoveTo(AssetStage.DISPOSED)).isTrue();
        assertThat(AssetStage.DISPOSED.mayMoveTo(AssetStage.RETURNED_TO_VICTIMS)).isTrue();
        assertThat(AssetStage.IDENTIFIED.mayMoveTo(AssetStage.CONFISCATED)).as("no confiscation without freezing").isFalse();
        assertThat(AssetStage.DISPOSED.mayMoveTo(AssetStage.MANAGED)).isFalse();
        assertThat(AssetStage.RETURNED_TO_VICTIMS.next()).isEmpty();
        assertThat(AssetStage.RELEASED.next()).isEmpty();
        assertThat(AssetStage.CONFISCATED.saleable()).isTrue();
        assertThat(AssetStage.FROZEN.saleable()).isFalse();
    }

    @Test
    void identifiersAreCheckedPerKind() {
        assertThat(AssetKind.VESSEL.identifier("identifier", "IMO 9074729")).isEqualTo("IMO 9074729");
        assertThatThrownBy(() -> AssetKind.VESSEL.identifier("identifier", "9074728")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("check digit");
        assertThat(AssetKind.VEHICLE.identifier("identifier", "1m8gdm9axkp042788")).isEqualTo("1M8GDM9AXKP042788");
        assertThatThrownBy(() -> AssetKind.VEHICLE.identifier("identifier", "1M8GDM9AXKP04278O")).isInstanceOf(InvalidInputException.class);
        assertThat(AssetKind.BANK_ACCOUNT.identifier("identifier", "de89 3704 0044 0532 0130 00")).isEqualTo("DE89370400440532013000");
        assertThatThrownBy(() -> AssetKind.BANK_ACCOUNT.identifier("identifier", "DE89 3704 0044 0532 0130 01"))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("identifier"));
        assertThat(AssetKind.CRYPTO_ASSET.identifier("identifier", "btc:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"))
                .isEqualTo("BTC:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
        assertThatThrownBy(() -> AssetKind.REAL_ESTATE.identifier("identifier", " ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void medianOfDays() {
        assertThat(RecoveryIndicators.median(List.of())).isEmpty();
        assertThat(RecoveryIndicators.median(List.of(40L))).contains(40.0);
        assertThat(RecoveryIndicators.median(List.of(300L, 10L, 20L))).contains(20.0);
        assertThat(RecoveryIndicators.median(List.of(10L, 400L, 20L, 30L))).contains(25.0);
    }
}
