package com.wedsync.usage.adapters.redis.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How decisions are grouped into script calls, against a script that answers when the test says: what leaves at
 * once, what waits, what goes together, and what a failure does to the questions waiting on it.
 */
class DecisionBatchesTest {

    /** A script call the test has not answered yet: its questions' keys, in order. */
    private record Call(List<Object> keys, List<Object> arguments, CompletableFuture<List<long[]>> reply) {

        /** Answers each question with its key's letter, so the test sees which answer went where. */
        void answer() {
            reply.complete(keys.stream().map(key -> letter((String) key)).toList());
        }
    }

    private final List<Call> calls = new ArrayList<>();

    @Test
    void aQuestionAskedWhileNothingIsOnItsWayLeavesAtOnce() {
        DecisionBatches batches = batches(1, 64, 100);

        CompletableFuture<long[]> answer = ask(batches, "{a}");

        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().keys()).containsExactly("{a}");
        calls.getFirst().answer();
        assertThat(answer.join()).containsExactly(letter("{a}"));
    }

    @Test
    void questionsAskedWhileACallIsOnItsWayGoTogetherInTheNextOneAndEachGetsItsOwnAnswer() {
        DecisionBatches batches = batches(1, 64, 100);
        CompletableFuture<long[]> first = ask(batches, "{a}");
        CompletableFuture<long[]> second = ask(batches, "{b}");
        CompletableFuture<long[]> third = ask(batches, "{a}");
        assertThat(calls).hasSize(1);

        calls.getFirst().answer();

        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).keys()).containsExactly("{b}", "{a}");
        assertThat(calls.get(1).arguments()).containsExactly("arguments of {b}", "arguments of {a}");
        calls.get(1).answer();
        assertThat(first.join()).containsExactly(letter("{a}"));
        assertThat(second.join()).containsExactly(letter("{b}"));
        assertThat(third.join()).containsExactly(letter("{a}"));
    }

    @Test
    void theNextBatchIsOnItsWayBeforeTheAnswersOfTheLastAreHandedOut() {
        DecisionBatches batches = batches(1, 64, 100);
        CompletableFuture<long[]> first = ask(batches, "{a}");
        ask(batches, "{b}");
        List<Integer> callsWhenAnswered = new ArrayList<>();
        first.thenRun(() -> callsWhenAnswered.add(calls.size()));

        calls.getFirst().answer();

        assertThat(callsWhenAnswered).containsExactly(2);
    }

    @Test
    void aFailedCallFailsEveryQuestionItCarriedAndTheNextQuestionsStillGo() {
        DecisionBatches batches = batches(1, 64, 100);
        ask(batches, "{a}");
        List<CompletableFuture<long[]>> waiting = List.of(ask(batches, "{b}"), ask(batches, "{c}"));
        calls.getFirst().answer();

        calls.get(1).reply().completeExceptionally(new IllegalStateException("Redis went away"));

        assertThat(waiting).allSatisfy(answer -> assertThatThrownBy(answer::join)
                .isInstanceOf(CompletionException.class).hasRootCauseMessage("Redis went away"));
        CompletableFuture<long[]> after = ask(batches, "{d}");
        assertThat(calls).hasSize(3);
        calls.get(2).answer();
        assertThat(after.join()).containsExactly(letter("{d}"));
    }

    @Test
    void aReplyWithTooFewAnswersFailsEveryQuestionOfTheCall() {
        DecisionBatches batches = batches(1, 64, 100);
        ask(batches, "{a}");
        List<CompletableFuture<long[]>> waiting = List.of(ask(batches, "{b}"), ask(batches, "{c}"));
        calls.getFirst().answer();

        calls.get(1).reply().complete(List.of(letter("{b}")));

        assertThat(waiting).allSatisfy(answer -> assertThat(answer).isCompletedExceptionally());
    }

    @Test
    void onClusterEachSlotOfABatchIsACallOfItsOwn() {
        DecisionBatches batches = new DecisionBatches(this::record, key -> key.charAt(1), 1, 64, 100);
        ask(batches, "{a}");
        ask(batches, "{b}");
        ask(batches, "{c}");
        ask(batches, "{b}");

        calls.getFirst().answer();

        assertThat(calls).hasSize(3);
        assertThat(calls.get(1).keys()).containsExactly("{b}", "{b}");
        assertThat(calls.get(2).keys()).containsExactly("{c}");
    }

    @Test
    void aCallCarriesAtMostTheLargestBatch() {
        DecisionBatches batches = batches(1, 3, 100);
        IntStream.range(0, 8).forEach(i -> ask(batches, "{" + i + "}"));

        calls.getFirst().answer();
        calls.get(1).answer();

        assertThat(calls).extracting(call -> call.keys().size()).containsExactly(1, 3, 3);
    }

    @Test
    void withTwoCallsOnTheirWayAThirdQuestionWaits() {
        DecisionBatches batches = batches(2, 64, 100);
        ask(batches, "{a}");
        ask(batches, "{b}");
        ask(batches, "{c}");

        assertThat(calls).hasSize(2);
        calls.get(1).answer();
        assertThat(calls).hasSize(3);
    }

    @Test
    void aQuestionBeyondTheWaitingBoundFailsAtOnce() {
        DecisionBatches batches = batches(1, 64, 2);
        ask(batches, "{a}");
        ask(batches, "{b}");
        ask(batches, "{c}");

        CompletableFuture<long[]> tooMany = ask(batches, "{d}");

        assertThatThrownBy(tooMany::join).hasCauseInstanceOf(RejectedExecutionException.class);
    }

    private DecisionBatches batches(int maxInFlight, int maxBatch, int maxWaiting) {
        return new DecisionBatches(this::record, key -> 0, maxInFlight, maxBatch, maxWaiting);
    }

    private CompletableFuture<List<long[]>> record(List<Object> keys, List<Object> arguments) {
        Call call = new Call(List.copyOf(keys), arguments, new CompletableFuture<>());
        calls.add(call);
        return call.reply();
    }

    private static CompletableFuture<long[]> ask(DecisionBatches batches, String key) {
        return batches.ask(key, "arguments of " + key);
    }

    private static long[] letter(String key) {
        return new long[] {key.charAt(1)};
    }
}
