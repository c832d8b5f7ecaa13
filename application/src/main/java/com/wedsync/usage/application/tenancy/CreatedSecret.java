package com.wedsync.usage.application.tenancy;

/**
 * A newly made credential and its secret. The secret exists only in this answer: it is shown once and only its
 * hash is stored.
 */
public record CreatedSecret<T>(T credential, String secret) {

    @Override
    public String toString() {
        return "CreatedSecret[" + credential + ", secret hidden]";
    }
}
