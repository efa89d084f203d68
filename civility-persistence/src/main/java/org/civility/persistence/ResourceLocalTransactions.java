package org.civility.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * For portals without a container: wraps a JPA repository so that every call runs in its own
 * resource-local transaction (begin, call, commit; rollback on failure). Inside Jakarta EE the
 * container's JTA transactions are used instead and this class is not needed.
 */
public final class ResourceLocalTransactions {

    private ResourceLocalTransactions() {
    }

    /**
     * @param port    the repository interface, e.g. {@code VenueRepository.class}
     * @param emf     a resource-local entity manager factory
     * @param adapter builds the JPA adapter on an entity manager
     * @return a thread-safe implementation of {@code port}
     */
    public static <P> P wrap(Class<P> port, EntityManagerFactory emf, Function<EntityManager, ? extends P> adapter) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "ResourceLocal[" + port.getSimpleName() + "]";
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            EntityManager em = emf.createEntityManager();
            EntityTransaction tx = em.getTransaction();
            try {
                tx.begin();
                Object result = method.invoke(adapter.apply(em), args);
                tx.commit();
                return result;
            } catch (InvocationTargetException e) {
                throw translate(e.getCause());
            } catch (RollbackException e) {
                throw translate(e);
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
                em.close();
            }
        });
        return port.cast(proxy);
    }

    private static Throwable translate(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException) {
                return CivilityException.of(SharedError.STALE_VERSION,
                        "what", "record", "id", "?", "expected", "?", "actual", "?");
            }
        }
        return t;
    }
}
