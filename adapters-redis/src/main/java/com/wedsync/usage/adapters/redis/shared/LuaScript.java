package com.wedsync.usage.adapters.redis.shared;

import org.redisson.api.RScript;
import org.redisson.client.RedisNoScriptException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One of the adapter's Lua scripts, run by its SHA-1 ({@code EVALSHA}) so that only the digest travels with each
 * call. Redis keeps loaded scripts in a per-node cache that a restart, a failover or {@code SCRIPT FLUSH} empties;
 * a call that meets {@code NOSCRIPT} is sent once more with the script's text ({@code EVAL}), which loads it into
 * that node's cache for the calls after it. The digest is computed here, so nothing has to reach Redis at start.
 * Each call is routed by its first key, which carries the organization's hash tag.
 */
final class LuaScript {

    private final String text;
    private final String sha;

    private LuaScript(String text) {
        this.text = text;
        this.sha = sha1(text);
    }

    /**
     * The script in the resource {@code name} next to this class, with {@code counters.lua} in front: Redis gives a
     * script no way to load another, so what the scripts read alike in the counters is written once and sent with
     * each.
     */
    static LuaScript named(String name) {
        return new LuaScript(resource("counters.lua") + "\n" + resource(name));
    }

    private static String resource(String name) {
        try (InputStream in = LuaScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("script " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String sha() {
        return sha;
    }

    /** Loads the script into every node's cache. */
    CompletableFuture<String> loadInto(RScript redis) {
        return redis.scriptLoadAsync(text).toCompletableFuture();
    }

    /** Runs the script on the node that holds {@code keys}; completes with its reply. */
    <R> CompletableFuture<R> run(RScript redis, RScript.ReturnType type, List<Object> keys, Object... arguments) {
        String routing = (String) keys.getFirst();
        CompletableFuture<R> bySha = redis.<R>evalShaAsync(routing, RScript.Mode.READ_WRITE, sha, type, keys,
                arguments).toCompletableFuture();
        return bySha.exceptionallyCompose(failure -> isNoScript(failure)
                ? redis.<R>evalAsync(routing, RScript.Mode.READ_WRITE, text, type, keys, arguments).toCompletableFuture()
                : CompletableFuture.failedFuture(failure));
    }

    private static boolean isNoScript(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof RedisNoScriptException
                || cause.getMessage() != null && cause.getMessage().startsWith("NOSCRIPT");
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
