package org.practicereview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicereview.docs.GeneratedDocs;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final Path MODULE_DOCS = Path.of("docs/modules");
    static final String REGENERATE = "mvn test -Dtest=ModularityTests -Ddocs.write=true";

    private final ApplicationModules modules = ApplicationModules.of(PracticeReviewApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    /** The module diagrams (C4 PlantUML) and canvases in docs/modules are what the code says. */
    @Test
    void theCommittedModuleDocumentationIsCurrent() throws IOException {
        Path written = Files.createTempDirectory("modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        try (var files = Files.list(written)) {
            for (Path file : files.toList()) {
                Files.writeString(file, GeneratedDocs.stableOrder(Files.readString(file)));
            }
        }

        GeneratedDocs.writeOrCheckFolder(MODULE_DOCS, written, REGENERATE);
    }
}
