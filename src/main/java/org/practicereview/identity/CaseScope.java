package org.practicereview.identity;

import java.util.Set;
import org.practicereview.shared.CaseReference;

/** The cases a user may list: every case ({@code cases} is null), or exactly those in {@code cases}. */
public record CaseScope(Set<CaseReference> cases) {

    public CaseScope {
        cases = cases == null ? null : Set.copyOf(cases);
    }

    static CaseScope everyCase() {
        return new CaseScope(null);
    }

    static CaseScope only(Set<CaseReference> cases) {
        return new CaseScope(cases);
    }

    static CaseScope none() {
        return new CaseScope(Set.of());
    }

    public boolean everything() {
        return cases == null;
    }

    public boolean nothing() {
        return cases != null && cases.isEmpty();
    }
}
