package com.wedsync.usage.adapters.rest.metrics;

import com.wedsync.usage.application.metrics.MetricFamily;
import com.wedsync.usage.application.metrics.Sample;

import java.util.List;
import java.util.Map;

/**
 * The Prometheus text exposition format, version 0.0.4: per family a {@code # HELP} and a {@code # TYPE} line,
 * then one line per sample, {@code name{label="value",…} value}. In help text a backslash and a line feed are
 * escaped; in label values a double quote too. Values are Go-parsable floats ({@code NaN}, {@code +Inf},
 * {@code -Inf} included); whole numbers are written without a fraction.
 */
final class PrometheusText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    static String render(List<MetricFamily> families) {
        StringBuilder text = new StringBuilder(8_192);
        for (MetricFamily family : families) {
            text.append("# HELP ").append(family.name()).append(' ').append(escapeHelp(family.help())).append('\n');
            text.append("# TYPE ").append(family.name()).append(' ').append(family.type().wireName()).append('\n');
            for (Sample sample : family.samples()) {
                text.append(sample.name());
                labels(text, sample.labels());
                text.append(' ').append(value(sample.value())).append('\n');
            }
        }
        return text.toString();
    }

    private static void labels(StringBuilder text, Map<String, String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        text.append('{');
        boolean first = true;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            if (!first) {
                text.append(',');
            }
            first = false;
            text.append(label.getKey()).append("=\"").append(escapeLabelValue(label.getValue())).append('"');
        }
        text.append('}');
    }

    static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static String escapeLabelValue(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String value(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
