package com.wedsync.usage.domain.usage;

/** Why one event of a batch was not taken; the other events of the batch still go in. */
public enum EventRejection {
    UNKNOWN_KEY("unknown_key"),
    UNKNOWN_ORGANIZATION("unknown_organization"),
    OLDER_THAN_RETENTION("older_than_retention"),
    IN_THE_FUTURE("in_the_future"),
    INVALID_FIELD("invalid_field");

    private final String wireName;

    EventRejection(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
