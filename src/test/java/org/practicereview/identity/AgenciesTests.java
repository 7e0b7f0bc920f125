package org.practicereview.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Several agency codes answered at once: which exist, and the name each stands for. */
@IntegrationTest
class AgenciesTests {

    @Autowired Agencies agencies;

    @Test
    void tellsWhichOfSeveralCodesAreAgencies() {
        agencies.register(new Agency("AGT-CONSTABULARY", "Westshire Constabulary (agencies test)", "POLICE"));
        agencies.register(new Agency("AGT-INFIRMARY", "Westshire Infirmary (agencies test)", "HEALTH"));

        assertThat(agencies.known(List.of("AGT-CONSTABULARY", "AGT-NOBODY", "AGT-INFIRMARY", "AGT-CONSTABULARY")))
                .containsExactlyInAnyOrder("AGT-CONSTABULARY", "AGT-INFIRMARY");
        assertThat(agencies.known(List.of())).isEmpty();
    }

    @Test
    void namesEachCodeAsNameOfDoes() {
        agencies.register(new Agency("AGT-SCHOOL", "Westshire Academy (agencies test)", "EDUCATION"));

        Map<String, String> names = agencies.namesOf(Arrays.asList("AGT-SCHOOL", "AGT-GONE", null));

        assertThat(names).containsEntry("AGT-SCHOOL", "Westshire Academy (agencies test)").containsEntry("AGT-GONE", "AGT-GONE");
        assertThat(names.get("AGT-SCHOOL")).isEqualTo(agencies.nameOf("AGT-SCHOOL"));
        assertThat(names.get("AGT-GONE")).isEqualTo(agencies.nameOf("AGT-GONE"));
        assertThat(names.get(null)).isNull();
    }
}
