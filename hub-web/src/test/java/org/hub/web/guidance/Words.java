package org.hub.web.guidance;

import java.util.concurrent.atomic.AtomicLong;

/** Made-up words, letters only so analysis keeps them whole, unique across the tests in one run. */
final class Words {
    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000);

    private Words() {}

    static String next() {
        StringBuilder word = new StringBuilder("gq");
        long n = COUNTER.incrementAndGet();
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return word.append("ole").toString();
    }
}
