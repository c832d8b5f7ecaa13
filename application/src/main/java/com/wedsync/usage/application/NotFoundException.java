package com.wedsync.usage.application;

/**
 * The object does not exist, or the principal may not see it: the two answer alike, so that one organization
 * cannot learn what another has. The REST adapter answers 404.
 */
public final class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super("no " + kind + " '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
