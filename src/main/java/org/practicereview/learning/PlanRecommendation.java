package org.practicereview.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recommendation of a plan, numbered in the plan; its actions say who does what by when. */
@Entity
@Table(name = "learning_recommendation")
class PlanRecommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id", nullable = false)
    private Long planId;
    @Column(name = "recommendation_number", nullable = false)
    private int number;
    @Column(nullable = false, length = 2000)
    private String recommendation;

    protected PlanRecommendation() {}

    PlanRecommendation(Long planId, int number, String recommendation) {
        this.planId = planId;
        this.number = number;
        this.recommendation = recommendation;
    }

    Long planId() { return planId; }
    int number() { return number; }
    String text() { return recommendation; }
}
