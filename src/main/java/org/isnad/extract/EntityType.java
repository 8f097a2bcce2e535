package org.isnad.extract;

import java.util.Locale;

/** What an entity is. {@link #SOURCE} is an unnamed source ("a US official", "sources"). */
public enum EntityType {
    PERSON, ORGANIZATION, STATE, PLACE, SOURCE;

    public boolean isActor() {
        return this != PLACE;
    }

    public static EntityType parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
        String n = name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
}
