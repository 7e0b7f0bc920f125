package org.practicereview.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value is read once per read-only transaction, and never kept while writing or after the transaction,
 * except a value for the whole transaction (the board's settings), which is kept until the transaction forgets it.
 */
class ReadingMemoTest {

    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "read " + reads.incrementAndGet();
    }

    private static void begin(boolean readOnly) {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
    }

    /** What the transaction manager does at the end of a transaction. */
    private static void end() {
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clear();
    }

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            end();
        }
    }

    @Test
    void aReadOnlyTransactionReadsEachKeyOnceAndTheNextOneReadsAgain() {
        begin(true);
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).isEqualTo("read 1");
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).isEqualTo("read 1");
        assertThat(ReadingMemo.remember("name", "another", this::read)).isEqualTo("read 2");
        assertThat(ReadingMemo.remember("agency", "a.person", this::read)).as("another kind, the same key").isEqualTo("read 3");
        ReadingMemo.keep("name", "kept", "read together");
        assertThat(ReadingMemo.known("name", "kept")).isTrue();
        assertThat(ReadingMemo.remember("name", "kept", this::read)).isEqualTo("read together");
        end();

        begin(true);
        assertThat(ReadingMemo.known("name", "a.person")).isFalse();
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).isEqualTo("read 4");
    }

    @Test
    void nothingIsKeptWhileWritingOrOutsideATransaction() {
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).isEqualTo("read 1");
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).isEqualTo("read 2");

        begin(false);
        assertThat(ReadingMemo.active()).isFalse();
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).isEqualTo("read 3");
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).isEqualTo("read 4");
    }

    @Test
    void aValueForTheTransactionIsKeptWhileWritingUntilTheTransactionForgetsItsKind() {
        assertThat(ReadingMemo.rememberForTransaction("settings", "current", this::read)).isEqualTo("read 1");
        assertThat(ReadingMemo.rememberForTransaction("settings", "current", this::read)).as("no transaction").isEqualTo("read 2");

        begin(false);
        assertThat(ReadingMemo.rememberForTransaction("settings", "current", this::read)).isEqualTo("read 3");
        assertThat(ReadingMemo.rememberForTransaction("settings", "current", this::read)).isEqualTo("read 3");
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).as("not a value for the transaction").isEqualTo("read 4");
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).isEqualTo("read 5");
        ReadingMemo.forget("settings"); // the transaction changed the settings
        assertThat(ReadingMemo.rememberForTransaction("settings", "current", this::read)).isEqualTo("read 6");
        end();

        begin(false);
        assertThat(ReadingMemo.rememberForTransaction("settings", "current", this::read)).as("the next transaction").isEqualTo("read 7");
    }

    @Test
    void anInnerTransactionDoesNotSeeTheOuterOnesMemoAndTheOuterOneKeepsIt() {
        begin(true);
        ReadingMemo.remember("name", "a.person", this::read);
        var suspended = TransactionSynchronizationManager.getSynchronizations();
        suspended.forEach(TransactionSynchronization::suspend); // as REQUIRES_NEW suspends the outer transaction
        TransactionSynchronizationManager.clearSynchronization();

        TransactionSynchronizationManager.initSynchronization();
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).as("inner").isEqualTo("read 2");
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();

        TransactionSynchronizationManager.initSynchronization();
        suspended.forEach(s -> {
            s.resume();
            TransactionSynchronizationManager.registerSynchronization(s);
        });
        assertThat(ReadingMemo.remember("name", "a.person", this::read)).as("outer again").isEqualTo("read 1");
    }
}
