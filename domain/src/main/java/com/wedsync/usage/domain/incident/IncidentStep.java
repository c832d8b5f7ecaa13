package com.wedsync.usage.domain.incident;

import com.wedsync.usage.domain.Require;

import java.time.Instant;
import java.util.Optional;

/**
 * One step of an incident's history: the state it entered, who took it (a principal's subject, or
 * {@link #EVALUATOR}), when, and an optional comment. A blank comment is no comment.
 */
public record IncidentStep(IncidentState kind, String by, Instant at, Optional<String> comment) {

    /** Who takes the steps of the alert evaluator: the triggers of breached rules and the resolves of cleared ones. */
    public static final String EVALUATOR = "evaluator";
    public static final int MAX_BY_LENGTH = 200;
    public static final int MAX_COMMENT_LENGTH = 2000;

    public IncidentStep {
        Require.present(kind, "kind");
        IncidentText.line(by, "by", MAX_BY_LENGTH);
        Require.present(at, "at");
        comment = checkedComment(comment);
    }

    /**
     * The comment as a step would keep it, checked; for callers that must refuse a bad comment before they know
     * whether a step will be taken at all (acknowledging an incident already acknowledged takes none).
     */
    public static Optional<String> checkedComment(Optional<String> comment) {
        Require.present(comment, "comment");
        comment.ifPresent(text -> IncidentText.note(text, "comment", MAX_COMMENT_LENGTH));
        return comment.filter(text -> !text.isBlank());
    }

    /**
     * The step that follows this one. Service nodes' clocks differ by a little, so a step taken on a node whose clock
     * is behind could seem to come before the step it follows; it is dated no earlier, so that a history always reads
     * in the order it happened.
     */
    IncidentStep followedBy(IncidentState next, String who, Instant when, Optional<String> remark) {
        Require.present(when, "at");
        return new IncidentStep(next, who, when.isBefore(at) ? at : when, remark);
    }

    void requireKind(IncidentState expected, String name) {
        if (kind != expected) {
            throw new IllegalArgumentException("'" + name + "' must be a step of kind " + expected.wireName() + ", was "
                    + kind.wireName());
        }
    }

    void requireNotBefore(IncidentStep previous, String name) {
        if (at.isBefore(previous.at)) {
            throw new IllegalArgumentException("'" + name + "' must not come before the step it follows ("
                    + previous.at + "), was " + at);
        }
    }
}
