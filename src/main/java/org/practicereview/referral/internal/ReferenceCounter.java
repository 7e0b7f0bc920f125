package org.practicereview.referral.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last case number given out in a year. */
@Entity
@Table(name = "case_reference_counter")
class ReferenceCounter {

    @Id
    @Column(name = "counter_year")
    private Integer year;
    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ReferenceCounter() {}

    ReferenceCounter(int year) {
        this.year = year;
    }

    int next() {
        return ++lastNumber;
    }
}
