package com.wedsync.usage.adapters.rest.boot;

/**
 * Where the production store is: a PostgreSQL JDBC URL ({@code USAGE_DB_URL}) and its login
 * ({@code USAGE_DB_USER}, {@code USAGE_DB_PASSWORD}). Setting the URL is what switches the service from the embedded
 * database to PostgreSQL. The password never appears in {@link #toString()}, which is logged.
 */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("USAGE_DB_URL must be a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://host:port/database), was '" + url + "'");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "unset" : "set")
                + "]";
    }
}
