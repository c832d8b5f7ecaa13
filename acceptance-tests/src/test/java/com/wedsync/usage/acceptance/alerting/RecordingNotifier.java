package com.wedsync.usage.acceptance.alerting;

import com.wedsync.usage.application.port.IncidentNotice;
import com.wedsync.usage.application.port.Notifier;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every notice handed to the notifier, in order, from any number of evaluators at once. */
final class RecordingNotifier implements Notifier {

    private final List<IncidentNotice> notices = new CopyOnWriteArrayList<>();

    @Override
    public void send(IncidentNotice notice) {
        notices.add(notice);
    }

    List<IncidentNotice> notices() {
        return List.copyOf(notices);
    }

    /** "triggered inc_…", "resolved inc_…": what a receiver would have seen. */
    List<String> seen() {
        return notices.stream().map(notice -> notice.kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                + notice.incident().id().value()).toList();
    }
}
