package org.cpodrc.check.packaging;

/**
 * Coupling loss of a lateral offset between two Gaussian modes of equal size (DOMAIN §3):
 * η = exp(−d²/w²) with w = MFD/2, loss = −10·log10 η. SMF-28 at 1310 nm (MFD 9.2 µm) loses 1 dB
 * at 2.2 µm offset.
 */
final class CouplingLoss {
    private CouplingLoss() {
    }

    /** Loss in dB of offset d for mode-field diameter mfd (same unit). */
    static double db(double offset, double mfd) {
        double w = mfd / 2;
        return 10 * (offset * offset) / (w * w) / Math.log(10);
    }
}
