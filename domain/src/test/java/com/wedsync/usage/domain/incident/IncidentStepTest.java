package com.wedsync.usage.domain.incident;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IncidentStepTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void aCommentHoldsUpTo2000CharactersOnSeveralLines() {
        String comment = "first line\nsecond\tline " + "x".repeat(1977);

        assertThat(new IncidentStep(IncidentState.ACKNOWLEDGED, "alice", AT, Optional.of(comment)).comment())
                .hasValue(comment);
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentStep(IncidentState.ACKNOWLEDGED, "alice",
                AT, Optional.of(comment + "x"))).withMessage("'comment' must be at most 2000 characters, was 2001");
    }

    @Test
    void aCommentWithOtherControlCharactersIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> IncidentStep.checkedComment(Optional.of("bell\u0007")))
                .withMessage("'comment' must not contain control characters other than line breaks and tabs, "
                        + "was \"bell\\u0007\"");
    }

    @Test
    void aBlankCommentIsNoComment() {
        assertThat(new IncidentStep(IncidentState.RESOLVED, "bob", AT, Optional.of(" \n")).comment()).isEmpty();
    }

    @Test
    void everyStepSaysWhoTookIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentStep(IncidentState.RESOLVED, " ", AT,
                Optional.empty())).withMessageStartingWith("'by' must be 1 to 200 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> new IncidentStep(IncidentState.RESOLVED, "bob", null,
                Optional.empty())).withMessage("'at' is required");
    }
}
