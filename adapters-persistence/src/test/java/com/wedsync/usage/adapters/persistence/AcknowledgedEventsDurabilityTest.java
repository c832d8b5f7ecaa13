package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Acknowledged means durable: every event whose append returned is in the file after the process dies. */
class AcknowledgedEventsDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedEventSurvivesAKillMinus9OfTheWritingProcess() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EventWriterProcess.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<UUID> acknowledged = new ArrayList<>();
        try (BufferedReader output = writer.inputReader()) {
            for (String line = output.readLine(); line != null && acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL;
                 line = output.readLine()) {
                acknowledged.add(UUID.fromString(line));
            }
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(acknowledged).hasSize(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(appendedAgain(acknowledged)).containsOnly(AppendOutcome.DUPLICATE);
    }

    @Test
    void everyAcknowledgedEventIsThereAfterReopening() {
        List<UsageEvent> events = List.of(EventWriterProcess.event(UUID.randomUUID()),
                EventWriterProcess.event(UUID.randomUUID()));
        try (EmbeddedDatabase database = EmbeddedDatabase.open(dataDir)) {
            database.usageEventLog().append(events);
        }

        assertThat(appendedAgain(events.stream().map(event -> event.eventId().value()).toList()))
                .containsOnly(AppendOutcome.DUPLICATE);
    }

    /** Appends the ids again after reopening the file: a stored event comes back as a duplicate. */
    private List<AppendOutcome> appendedAgain(List<UUID> ids) {
        try (EmbeddedDatabase reopened = EmbeddedDatabase.open(dataDir)) {
            return reopened.usageEventLog().append(ids.stream().map(EventWriterProcess::event).toList());
        }
    }
}
