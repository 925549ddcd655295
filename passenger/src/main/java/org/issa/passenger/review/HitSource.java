package org.issa.passenger.review;

/** What raised a hit: a watch-list match (Art 6(3)(a)) or a pre-determined criterion (Art 6(3)(b)). */
public enum HitSource {
    WATCHLIST, CRITERION
}
