package org.issa.passenger.store;

/** How a message reached the PIU. */
public enum Channel {
    /** Pushed by a carrier account over HTTP. */
    HTTP,
    /** Imported from a file with {@code issa pnr import}. */
    CLI,
    /** Uploaded by PIU staff (small carriers' agreed manual channel, Impl. Decision 2017/759 Art 1(3)). */
    UPLOAD,
    /** Generated traffic of a benchmark. */
    BENCH
}
