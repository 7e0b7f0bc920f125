package org.practicereview.review;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The records of local reviews' progress. */
interface MonitoringRecords extends Repository<MonitoringRecord, Long> {

    MonitoringRecord save(MonitoringRecord record);

    List<MonitoringRecord> findByCaseReferenceOrderById(String caseReference);
}
