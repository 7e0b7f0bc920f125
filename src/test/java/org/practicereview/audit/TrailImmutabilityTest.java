package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No code path changes or removes a trail event: the repository only inserts and reads, the entity has no setters. */
class TrailImmutabilityTest {

    @Test
    void theRepositoryOffersOnlyInsertReadAndTheHeadLock() {
        List<String> methods = Arrays.stream(TrailEvents.class.getMethods()).map(Method::getName).distinct().sorted().toList();

        assertThat(methods).containsExactlyInAnyOrder("save", "count", "lockHead");
        assertThat(TrailEvents.class.getInterfaces()).containsExactly(org.springframework.data.repository.Repository.class);
    }

    @Test
    void saveCanOnlyInsertNeverMerge() {
        TrailEvent event = new TrailEvent(1, null, java.time.Instant.EPOCH, "a", "SYSTEM", "X", "", TrailHashing.GENESIS);
        assertThat(event.isNew()).as("always persisted as new: a second save of a sequence fails on its key").isTrue();
    }

    @Test
    void theEventHasNoSettersAndNoWayToChangeItsFields() {
        for (Method m : TrailEvent.class.getDeclaredMethods()) {
            assertThat(m.getName()).as("method %s", m).doesNotStartWith("set");
            if (!Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                assertThat(m.getParameterCount()).as("%s takes no arguments, so cannot change state", m).isZero();
            }
        }
        assertThat(Arrays.stream(TrailEvent.class.getDeclaredFields()).filter(f -> Modifier.isPublic(f.getModifiers()))).isEmpty();
    }

    @Test
    void theTrailServiceOffersNoChange() {
        List<String> publicMethods = Arrays.stream(Trail.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).toList();
        assertThat(publicMethods).allSatisfy(name -> assertThat(name).doesNotContainIgnoringCase("delete")
                .doesNotContainIgnoringCase("update").doesNotContainIgnoringCase("remove").doesNotContainIgnoringCase("purge"));
    }
}
