package com.wedsync.usage.adapters.rest.problem;

/** An RFC 9457 problem body: {@code {type, title, status, detail, instance}}. */
public record ProblemJson(String type, String title, int status, String detail, String instance) {

    /** Details and paths echo what clients sent; these bounds keep a huge one from being echoed in full. */
    private static final int MAX_DETAIL_LENGTH = 1_000;
    private static final int MAX_INSTANCE_LENGTH = 200;

    public static ProblemJson of(ProblemType type, String detail, String instance) {
        return new ProblemJson(type.uri(), type.title(), type.status(), bounded(detail, MAX_DETAIL_LENGTH),
                bounded(instance, MAX_INSTANCE_LENGTH));
    }

    private static String bounded(String text, int maxLength) {
        return text == null || text.length() <= maxLength ? text : text.substring(0, maxLength) + "…";
    }
}
