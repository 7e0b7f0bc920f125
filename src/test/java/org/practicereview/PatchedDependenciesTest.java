package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.catalina.util.ServerInfo;
import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.SpringVersion;
import org.springframework.security.core.SpringSecurityCoreVersion;
import org.thymeleaf.Thymeleaf;

/**
 * The probe of issue 21 found libraries inside published advisory ranges; what runs is at least the
 * fixed release docs/security.md names, whatever Spring Boot's parent manages. Read from the classes
 * on the classpath, as they run, not from the build file.
 */
class PatchedDependenciesTest {

    @ParameterizedTest(name = "{0} at least {1}")
    @CsvSource({"Spring Framework, 6.2.19", "Spring Security, 6.5.10", "Thymeleaf, 3.1.4", "Tomcat, 10.1.50",
            "commons-lang3, 3.18.0"})
    void runsAtLeastTheFixedRelease(String library, String fixed) {
        String running = switch (library) {
            case "Spring Framework" -> SpringVersion.getVersion();
            case "Spring Security" -> SpringSecurityCoreVersion.getVersion();
            case "Thymeleaf" -> Thymeleaf.getVersion();
            case "Tomcat" -> ServerInfo.getServerNumber();
            case "commons-lang3" -> StringUtils.class.getPackage().getImplementationVersion();
            default -> throw new IllegalArgumentException(library);
        };

        assertThat(compare(running, fixed)).as("%s %s", library, running).isGreaterThanOrEqualTo(0);
    }

    /** Compares the leading numbers of two versions ("3.1.7.RELEASE", "10.1.50.0"). */
    private static int compare(String a, String b) {
        int[] x = numbers(a);
        int[] y = numbers(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int d = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static int[] numbers(String version) {
        return Arrays.stream(version.split("[.-]")).takeWhile(p -> p.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
    }
}
