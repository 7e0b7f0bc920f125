package org.practicereview.web.tasks;

import java.util.ArrayList;
import java.util.List;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Component;

/** The short case summary shown beside a task's form. */
@Component
class TaskCaseSummaries {

    record Row(String key, String value) {}

    List<Row> summaryOf(CaseReference reference) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Case reference", reference.value()));
        return rows;
    }
}
