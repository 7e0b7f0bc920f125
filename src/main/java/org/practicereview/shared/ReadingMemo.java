package org.practicereview.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the current read-only transaction has already read, so that a page composed of many sections (the
 * case page, a task's brief) reads each person's name, the agencies and the case's trail once, however many
 * sections name them: the benchmark found the case page looking up the same people and agencies again
 * section by section. Nothing is kept outside a read-only transaction (a value read while writing may change
 * before the commit), and nothing outlives the transaction.
 */
public final class ReadingMemo {

    /** The key under which the transaction's memo is bound; one memo per transaction. */
    private static final Object RESOURCE = new Object();

    private ReadingMemo() {}

    /**
     * The value already read for {@code kind} and {@code key} in this read-only transaction, or else what
     * {@code read} returns, kept for the rest of the transaction (nulls included). Outside one: {@code read}.
     */
    public static <T> T remember(String kind, Object key, Supplier<T> read) {
        return remember(memo(true), kind, key, read);
    }

    /**
     * As {@link #remember}, but in a read-write transaction too: for a value that changes only through a
     * path that calls {@link #forget} in the transaction that changes it, so that the transaction works with
     * one value throughout, as if read at its start (the board's settings: a referral asked for them 30
     * times, once for each working day its clocks counted).
     */
    public static <T> T rememberForTransaction(String kind, Object key, Supplier<T> read) {
        return remember(memo(false), kind, key, read);
    }

    /** Forgets every value of {@code kind} kept in this transaction (after the transaction changed it). */
    public static void forget(String kind) {
        Map<List<Object>, Object> memo = memo(false);
        if (memo != null) {
            memo.keySet().removeIf(entry -> entry.get(0).equals(kind));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T remember(Map<List<Object>, Object> memo, String kind, Object key, Supplier<T> read) {
        if (memo == null || key == null) {
            return read.get();
        }
        List<Object> entry = List.of(kind, key);
        if (memo.containsKey(entry)) {
            return (T) memo.get(entry);
        }
        T value = read.get();
        memo.put(entry, value);
        return value;
    }

    /** Whether {@code kind} and {@code key} have been read in this read-only transaction. */
    public static boolean known(String kind, Object key) {
        Map<List<Object>, Object> memo = memo(true);
        return memo != null && key != null && memo.containsKey(List.of(kind, key));
    }

    /** Keeps a value read together with others (one query for several keys) for the rest of the transaction. */
    public static void keep(String kind, Object key, Object value) {
        Map<List<Object>, Object> memo = memo(true);
        if (memo != null && key != null) {
            memo.put(List.of(kind, key), value);
        }
    }

    /** Whether values are kept now: inside a read-only transaction. */
    public static boolean active() {
        return memo(true) != null;
    }

    /**
     * The transaction's memo, bound on first use; null outside a transaction, and in a read-write one when
     * {@code readOnly} (only {@link #rememberForTransaction}'s values are kept while writing).
     */
    @SuppressWarnings("unchecked")
    private static Map<List<Object>, Object> memo(boolean readOnly) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || (readOnly && !TransactionSynchronizationManager.isCurrentTransactionReadOnly())) {
            return null;
        }
        Map<List<Object>, Object> memo = (Map<List<Object>, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (memo == null) {
            Map<List<Object>, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
            TransactionSynchronizationManager.registerSynchronization(new Unbinding(fresh));
            memo = fresh;
        }
        return memo;
    }

    /** Forgets the memo when its transaction ends, and sets it aside while an inner transaction runs. */
    private record Unbinding(Map<List<Object>, Object> memo) implements TransactionSynchronization {

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
            TransactionSynchronizationManager.bindResource(RESOURCE, memo);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
        }
    }
}
