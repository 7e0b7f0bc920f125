package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.StoredDocument;
import org.practicereview.documents.TestPdfs;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Uploads: every bad file refused with a clear message and nothing stored; downloads only to the PRG, chair and auditor, traced. */
class ReportUploadPagesTests extends PublicationPages {

    @Autowired CaseDocuments documents;
    @Autowired Trail trail;

    @Test
    void refusesEveryBadUploadWithAClearMessageAndStoresNothing() throws Exception {
        CaseReference ref = atPackStage();
        RequestPostProcessor coordinator = user(Role.PRG_COORDINATOR);
        byte[] good = TestPdfs.withPages(CLEAN_REPORT);
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("The selected file must be a PDF", "Not a PDF at all".getBytes(StandardCharsets.UTF_8));
        bad.put("The selected file must be a PDF ", TestPdfs.png());
        bad.put("Select a PDF file to upload", new byte[0]);
        bad.put("The selected file must be smaller than 20 MB", Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 20 * 1024 * 1024 + 1));
        bad.put("The selected file is password protected or encrypted: upload a PDF without a password", TestPdfs.encrypted("Report"));
        bad.put("The selected file could not be read as a PDF: it may be damaged or incomplete; save it as a PDF again and upload it",
                Arrays.copyOf(good, good.length / 2));
        long before = driver.jdbc.sql("select count(*) from stored_document").query(Long.class).single();

        for (Map.Entry<String, byte[]> file : bad.entrySet()) {
            String name = file.getValue().length == 0 ? "" : "report.pdf";
            mvc.perform(multipart("/cases/" + ref.value() + "/publication/uploads")
                            .file(new MockMultipartFile("file", name, "application/pdf", file.getValue()))
                            .param("kind", "FINAL_REPORT").with(coordinator).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("There is a problem")))
                    .andExpect(content().string(containsString(file.getKey().strip())))
                    .andExpect(content().string(containsString("aria-describedby=\"file-FINAL_REPORT-error\"")));
        }

        assertThat(driver.jdbc.sql("select count(*) from stored_document").query(Long.class).single()).isEqualTo(before);
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).doesNotContain(TrailAction.REPORT_UPLOADED);
    }

    @Test
    void refusesAPdfWithJavaScriptAndStoresAFileWhoseNameHasANulUnderItsOwnName() throws Exception {
        CaseReference ref = atPackStage();
        RequestPostProcessor coordinator = user(Role.PRG_COORDINATOR);
        byte[] scripted = TestPdfs.withCatalogue(catalogue -> {
            org.apache.pdfbox.cos.COSDictionary script = new org.apache.pdfbox.cos.COSDictionary();
            script.setName(org.apache.pdfbox.cos.COSName.S, "JavaScript");
            script.setString(org.apache.pdfbox.cos.COSName.JS, "app.alert(1)");
            catalogue.setItem(org.apache.pdfbox.cos.COSName.OPEN_ACTION, script);
        });

        mvc.perform(multipart("/cases/" + ref.value() + "/publication/uploads")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", scripted))
                        .param("kind", "FINAL_REPORT").with(coordinator).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The selected file contains JavaScript")));
        mvc.perform(multipart("/cases/" + ref.value() + "/publication/uploads")
                        .file(new MockMultipartFile("file", "rep\u0000ort.pdf", "application/pdf", TestPdfs.withPages(CLEAN_REPORT)))
                        .param("kind", "FINAL_REPORT").with(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(documents.latest(ref.value(), DocumentKind.FINAL_REPORT).orElseThrow().fileName()).isEqualTo("final-report.pdf");
        mvc.perform(get("/cases/" + ref.value() + "/publication/uploads").param("unreadable", "").with(coordinator))
                .andExpect(content().string(containsString("its name may contain characters that cannot be used")));
    }

    @Test
    void onlyTheCoordinatorAtThePackStageUploads() throws Exception {
        CaseReference ref = atPackStage();
        for (Role role : new Role[] {Role.CHAIR, Role.PRG_MEMBER, Role.AUDITOR, Role.AGENCY}) {
            mvc.perform(get("/cases/" + ref.value() + "/publication/uploads").with(user(role))).andExpect(status().isNotFound());
        }
        CaseReference notAtPack = CaseReference.of(2031, 9999);
        mvc.perform(get("/cases/" + notAtPack.value() + "/publication/uploads").with(user(Role.PRG_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + ref.value() + "/publication/uploads")).andExpect(status().is3xxRedirection());
    }

    @Test
    void servesACaseDocumentToThePrgChairAndAuditorOnlyAndTracesEveryDownload() throws Exception {
        CaseReference ref = atPackStage();
        byte[] report = TestPdfs.withPages(CLEAN_REPORT);
        upload(ref, user(Role.PRG_COORDINATOR), "FINAL_REPORT", report);
        StoredDocument stored = documents.latest(ref.value(), DocumentKind.FINAL_REPORT).orElseThrow();
        String path = "/cases/" + ref.value() + "/documents/" + stored.id();

        for (Role role : new Role[] {Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR, Role.AUDITOR}) {
            byte[] served = mvc.perform(get(path).with(user(role))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Disposition", "attachment; filename=\"final-report.pdf\""))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(served).isEqualTo(report);
        }
        mvc.perform(get(path).with(user(Role.AGENCY))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(user(Role.REVIEWER))).andExpect(status().isNotFound());
        mvc.perform(get("/learning-from-reviews/" + ref.value() + "/report.pdf")).andExpect(status().isNotFound());

        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).filteredOn(TrailAction.DOCUMENT_DOWNLOADED::equals).hasSize(4);
        assertThat(stored.sha256()).hasSize(64);
        assertThat(stored.fileName()).isEqualTo("final-report.pdf");
    }
}
