package org.practicereview.referral.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.practicereview.referral.ReferrerQuestions;
import org.practicereview.workflow.Forms;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document: security schemes, the request schema read from the forms, and the problem responses. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Malformed JSON, or a missing or invalid Idempotency-Key",
            "401", "No valid token or system account credentials (see WWW-Authenticate)",
            "403", "The account may not do this",
            "404", "No such referral for the caller's agency, or no such address",
            "405", "Method not allowed (see Allow)",
            "406", "The response cannot be given as JSON",
            "415", "The body is not application/json",
            "500", "Unexpected failure: a generic detail with an incident number");

    /** The server is the configured public address: never taken from the Host header of whoever asks. */
    @Bean
    OpenAPI agencyApi(@Value("${practice-review.public-url:http://localhost:8080}") String publicUrl) {
        return new OpenAPI().servers(List.of(new Server().url(publicUrl).description("Practice Review")))
                .info(new Info().title("Practice Review: API for agency systems").version("1")
                .description("Agency systems submit referrals and follow their progress. Authenticate as your agency's "
                        + "system account with an API token (`Authorization: Bearer pr_...`), which is preferred: HTTP Basic "
                        + "with the account's password is accepted too, but the password is hashed on every call, which is "
                        + "slow by design, and repeated failures are throttled. Every error is an RFC 9457 problem detail; "
                        + "problem details never repeat submitted values."))
                .components(new Components()
                        .addSecuritySchemes("bearerToken", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("pr_<id>_<secret>").description("A token issued to the system account; shown once."))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The system account's username and password. Slow: prefer a token.")))
                .addSecurityItem(new SecurityRequirement().addList("bearerToken"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OpenApiCustomizer referralSchemas(Forms forms) {
        return api -> {
            api.getComponents().addSchemas("ReferralRequest", FormSchemas.request(forms));
            api.getComponents().addSchemas("AnswerRequest", FormSchemas.section(forms.get(ReferrerQuestions.ANSWER_FORM)));
            api.getComponents().addSchemas("Problem", problemSchema());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDocumentation::describe));
        };
    }

    private static void describe(Operation operation) {
        PROBLEMS.forEach((status, text) -> operation.getResponses().putIfAbsent(status, problem(text)));
        if ("submitReferral".equals(operation.getOperationId())) {
            ApiResponse ok = operation.getResponses().remove("200");
            if (ok != null) {
                operation.getResponses().addApiResponse("201", ok);
            }
            operation.getResponses().addApiResponse("422", problem(
                    "Validation failed (one error per field, e.g. children[1].dateOfBirth), or the Idempotency-Key was used with another body")
                    .content(new Content().addMediaType(PROBLEM, new MediaType().schema(ref("Problem")).example(ApiExamples.invalid()))));
            operation.getResponses().addApiResponse("409", problem("Another request with this Idempotency-Key is still in progress"));
            operation.getResponses().addApiResponse("413", problem(
                    "The request body is over 512 KB, or was sent without a Content-Length; nothing was read or stored"));
            ApiResponse created = operation.getResponses().get("201");
            if (created != null) {
                created.description("Referral accepted (or the first answer to this Idempotency-Key, replayed)")
                        .addHeaderObject("Location", new Header().description("/api/referrals/{reference}").schema(new StringSchema()))
                        .addHeaderObject("Idempotent-Replayed", new Header().description("true when this is a replay").schema(new StringSchema()));
                created.getContent().values().forEach(m -> m.example(ApiExamples.created()));
            }
            operation.getRequestBody().getContent().values().forEach(m -> m.schema(ref("ReferralRequest")).example(ApiExamples.referral()));
        }
        if ("answerQuestions".equals(operation.getOperationId())) {
            operation.getResponses().addApiResponse("422", problem(
                    "Validation failed (one error per field, e.g. information), or the Idempotency-Key was used with another body"));
            operation.getResponses().addApiResponse("409", problem(
                    "No open question (answered or withdrawn), or another request with this Idempotency-Key is still in progress"));
            ApiResponse ok = operation.getResponses().get("200");
            if (ok != null) {
                ok.description("Answer taken, the referral is back at triage (or the first answer to this Idempotency-Key, replayed)")
                        .addHeaderObject("Idempotent-Replayed", new Header().description("true when this is a replay").schema(new StringSchema()));
                ok.getContent().values().forEach(m -> m.example(ApiExamples.answered()));
            }
            operation.getRequestBody().getContent().values().forEach(m -> m.schema(ref("AnswerRequest")).example(ApiExamples.answer()));
        }
        if ("getReferralStatus".equals(operation.getOperationId()) && operation.getResponses().get("200") != null) {
            operation.getResponses().get("200").getContent().values().forEach(m -> m.example(ApiExamples.status()));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(ref("Problem"))));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Schema<?> problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().description("The form key, with the array index, e.g. children[1].dateOfBirth"));
        error.addProperty("message", new StringSchema().description("What to correct; never repeats the value sent"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem detail");
        problem.addProperty("type", new StringSchema().example("about:blank"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(error).description("Validation errors, one per field"));
        return problem;
    }
}
