package org.practicereview.web.cases;

import org.practicereview.identity.CaseAccess;
import org.practicereview.identity.CaseScope;
import org.practicereview.referral.CaseIndex;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of cases the user may see, with filters and pages, and the page of one case. */
@Controller
class CasesController {

    private final CaseAccess access;
    private final CaseIndex index;
    private final CasePages pages;

    CasesController(CaseAccess access, CaseIndex index, CasePages pages) {
        this.access = access;
        this.index = index;
        this.pages = pages;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String stage, @RequestParam(required = false) String purpose,
                @RequestParam(required = false) String overdue, @RequestParam(required = false) String reference,
                @RequestParam(required = false) String page, Model model) {
        Actor actor = CurrentUser.actor();
        CaseScope scope = access.scope(actor);
        if (scope.nothing() && !actor.has(Role.REVIEWER)) {
            throw new NotFoundException();
        }
        CaseFilters filters = CaseFilters.of(stage, purpose, overdue, reference, page);
        CaseIndex.Page found = index.find(filters.query(scope));
        if (filters.page() > found.pages()) {
            return "redirect:" + filters.href(found.pages());
        }
        model.addAttribute("filters", filters);
        model.addAttribute("found", found);
        model.addAttribute("paging", filters.pagination(found.pages()));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("purposes", Labels.PURPOSES);
        return "cases/list";
    }

    @GetMapping("/cases/{reference}")
    String show(@PathVariable String reference, Model model) {
        Actor actor = CurrentUser.actor();
        model.addAttribute("c", pages.view(actor, reference));
        model.addAttribute("backLink", "/cases");
        return "cases/case";
    }
}
