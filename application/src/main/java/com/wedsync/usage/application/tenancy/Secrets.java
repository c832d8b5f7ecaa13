package com.wedsync.usage.application.tenancy;

/** The shapes of the secrets this product hands out. */
final class Secrets {

    static final String API_KEY_PREFIX = "wsk_";
    static final String TOKEN_PREFIX = "wsm_";
    static final int SECRET_LENGTH = 32;
    static final int ID_LENGTH = 16;
    /** How much of a secret is kept for display: the prefix and four characters. */
    static final int DISPLAY_LENGTH = 8;

    private Secrets() {
    }

    static String displayPrefix(String secret) {
        return secret.substring(0, DISPLAY_LENGTH) + "…";
    }
}
