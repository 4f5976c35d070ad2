package no.smartmat.console.db;

import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Where a repository's statements run: inside the transaction a service opened on this thread, or on their own.
 * Services open transactions ({@link #inTransaction}) without seeing jOOQ; repositories ask for {@link #dsl()} and
 * so take part in whatever transaction is running. A service that calls another inside its transaction needs
 * nothing more: the inner call joins the outer transaction, and everything is stored together or not at all.
 */
public final class Transactions {

    private final Database db;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    public Transactions(Database db) {
        this.db = db;
    }

    /** Runs {@code work} in one write transaction, or in the one already running on this thread. */
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return db.transaction(tx -> {
            current.set(tx);
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** For repositories: the running transaction's context, or the database's for a read on its own. */
    public DSLContext dsl() {
        DSLContext tx = current.get();
        return tx != null ? tx : db.dsl();
    }

    /** Whether a transaction is running on this thread (a write that must be chained needs one). */
    public boolean active() {
        return current.get() != null;
    }
}
