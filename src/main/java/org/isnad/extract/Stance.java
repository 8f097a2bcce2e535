package org.isnad.extract;

import java.util.Locale;

/** What a claimant does with a claim. */
public enum Stance {
    ASSERT, DENY, WARN, URGE, ACCUSE, PROMISE, CONDEMN, WELCOME, CRITICISE;

    public static Stance parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
        String n = name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
}
