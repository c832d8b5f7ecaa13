package com.wedsync.usage.adapters.redis.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Decisions asked while others are on their way to Redis wait and then go together, in one call of
 * {@code decide.lua}, as a database commits a group: a round trip costs the client far more than a decision costs the
 * script, so under load each round trip carries many. With nothing on its way a question leaves at once, so a
 * quiet node adds no latency. The script decides the questions of one call one after the other, atomically, so two
 * questions of one organization in one call are decided as if they had come one after the other.
 *
 * <p>At most {@code maxInFlight} batches are on their way at once. A batch holds at most {@code maxBatch} questions,
 * grouped by lane: on Redis Cluster a script may only touch keys of one slot, so each slot of a batch is one call
 * there; on one Redis everything is one lane. A call that fails (or times out in the client) fails every question
 * it carried, so that each caller's failover decides on its own as before. At most {@code maxWaiting} questions wait;
 * one more fails at once, since a queue that long would not be answered within any caller's budget.
 */
final class DecisionBatches {

    /** One decision's key and argument (see {@code decide.lua}), and the answer its caller waits for. */
    record Question(String key, Object arguments, CompletableFuture<long[]> answer) {
    }

    /**
     * Runs the script once for several questions: their keys and their arguments, in the same order; completes
     * with the replies, one per question, in that order.
     */
    interface Script {
        CompletableFuture<List<long[]>> run(List<Object> keys, List<Object> arguments);
    }

    private final Script script;
    private final ToIntFunction<String> laneOf;
    private final int maxInFlight;
    private final int maxBatch;
    private final int maxWaiting;
    private final Queue<Question> waiting = new ArrayDeque<>();
    private int inFlight;

    /** {@code laneOf} maps a question's key to the questions it may share a call with. */
    DecisionBatches(Script script, ToIntFunction<String> laneOf, int maxInFlight, int maxBatch, int maxWaiting) {
        this.script = script;
        this.laneOf = laneOf;
        this.maxInFlight = maxInFlight;
        this.maxBatch = maxBatch;
        this.maxWaiting = maxWaiting;
    }

    /** Asks one decision (its key and its arguments, see {@code decide.lua}); completes with its reply. */
    CompletableFuture<long[]> ask(String key, Object arguments) {
        Question question = new Question(key, arguments, new CompletableFuture<>());
        List<Question> batch;
        synchronized (waiting) {
            if (waiting.size() >= maxWaiting) {
                return CompletableFuture.failedFuture(new RejectedExecutionException(
                        maxWaiting + " decisions are already waiting for Redis"));
            }
            waiting.add(question);
            batch = inFlight < maxInFlight ? take() : null;
        }
        if (batch != null) {
            send(batch);
        }
        return question.answer();
    }

    /** The next batch from the waiting questions, counted as on its way; null when none wait. */
    private List<Question> take() {
        if (waiting.isEmpty()) {
            return null;
        }
        List<Question> batch = new ArrayList<>(Math.min(waiting.size(), maxBatch));
        while (batch.size() < maxBatch && !waiting.isEmpty()) {
            batch.add(waiting.poll());
        }
        inFlight++;
        return batch;
    }

    private void send(List<Question> batch) {
        Collection<List<Question>> calls = byLane(batch);
        AtomicInteger unanswered = new AtomicInteger(calls.size());
        for (List<Question> questions : calls) {
            call(questions, () -> {
                if (unanswered.decrementAndGet() == 0) {
                    sendNext();
                }
            });
        }
    }

    private Collection<List<Question>> byLane(List<Question> batch) {
        if (batch.size() == 1) {
            return List.of(batch);
        }
        Map<Integer, List<Question>> lanes = new HashMap<>();
        for (Question question : batch) {
            lanes.computeIfAbsent(laneOf.applyAsInt(question.key()), lane -> new ArrayList<>())
                    .add(question);
        }
        return lanes.values();
    }

    private void sendNext() {
        List<Question> next;
        synchronized (waiting) {
            inFlight--;
            next = take();
        }
        if (next != null) {
            send(next);
        }
    }

    /**
     * One script call for questions of one lane. When its reply (or failure) comes, {@code answered} runs first and
     * then each question gets its answer: the next batch is on its way to Redis while this one's callers are woken,
     * so that Redis does not sit idle while the client hands out answers.
     */
    private void call(List<Question> questions, Runnable answered) {
        List<Object> keys = new ArrayList<>(questions.size());
        List<Object> arguments = new ArrayList<>(questions.size());
        for (Question question : questions) {
            keys.add(question.key());
            arguments.add(question.arguments());
        }
        CompletableFuture<List<long[]>> replies;
        try {
            replies = script.run(keys, arguments);
        } catch (RuntimeException e) {
            replies = CompletableFuture.failedFuture(e);
        }
        replies.whenComplete((answers, failure) -> {
            answered.run();
            Throwable wrong = failure != null || answers.size() == questions.size() ? failure
                    : new IllegalStateException("the decision script answered " + answers.size() + " of "
                            + questions.size() + " decisions");
            for (int i = 0; i < questions.size(); i++) {
                if (wrong != null) {
                    questions.get(i).answer().completeExceptionally(wrong);
                } else {
                    questions.get(i).answer().complete(answers.get(i));
                }
            }
        });
    }
}
