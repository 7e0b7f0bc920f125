package org.practicereview.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The repositories of the living plans, kept together: one per table, each exposing what the module uses. */
final class PlanRecords {

    private PlanRecords() {}

    interface Plans extends Repository<ActionPlan, Long> {
        ActionPlan save(ActionPlan plan);
        Optional<ActionPlan> findByCaseReference(String caseReference);
        Optional<ActionPlan> findById(Long id);
        List<ActionPlan> findAllByOrderByOpenedAtDesc();
        List<ActionPlan> findByIdIn(Collection<Long> ids);
    }

    interface Recommendations extends Repository<PlanRecommendation, Long> {
        PlanRecommendation save(PlanRecommendation recommendation);
        List<PlanRecommendation> findByPlanIdOrderByNumber(Long planId);
    }

    interface Actions extends Repository<PlanAction, Long> {
        PlanAction save(PlanAction action);
        Optional<PlanAction> findById(Long id);
        List<PlanAction> findByPlanIdOrderByRecommendationNumberAscNumberAsc(Long planId);
        List<PlanAction> findByOwnerAgencyOrderByTargetDate(String ownerAgency);
        List<PlanAction> findByStatusIn(Collection<ActionStatus> statuses);
    }

    interface Updates extends Repository<ActionUpdate, Long> {
        ActionUpdate save(ActionUpdate update);
        List<ActionUpdate> findByActionIdInOrderById(Collection<Long> actionIds);
    }
}
