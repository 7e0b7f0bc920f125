package org.practicereview.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Renders docs/process-contract.md from the diagrams and decisions in {@code processes/} and the
 * code bound to them: for each flow node its kind, who acts, its form, the Java class behind it and
 * that class's module, and the stage it names. The prose around the tables is the file's own.
 */
final class ProcessContract {

    static final String BEGIN = "<!-- Generated from processes/ and the code: do not edit below this line. -->";

    /** What the code binds to a diagram: the task service of a user task and the class of a delegate bean. */
    record Bindings(Function<String, Class<?>> taskService, Function<String, Class<?>> bean) {}

    private final Path processes;
    private final Bindings bindings;

    ProcessContract(Path processes, Bindings bindings) {
        this.processes = processes;
        this.bindings = bindings;
    }

    /** The committed file's prose up to the marker, then the generated tables. */
    String render(String committed) {
        int at = committed.indexOf(BEGIN);
        String prose = at < 0 ? committed.stripTrailing() + "\n\n" : committed.substring(0, at);
        StringBuilder out = new StringBuilder(prose).append(BEGIN).append("\n");
        for (Path bpmn : files(".bpmn")) {
            process(bpmn, out);
        }
        for (Path dmn : files(".dmn")) {
            decisions(dmn, out);
        }
        return out.toString();
    }

    private List<Path> files(String suffix) {
        try (Stream<Path> all = Files.list(processes)) {
            return all.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void process(Path file, StringBuilder out) {
        BpmnModelInstance model = read(file, Bpmn::readModelFromStream);
        for (Process process : model.getModelElementsByType(Process.class)) {
            out.append("\n## ").append(file.getFileName()).append(" — process `").append(process.getId()).append("`");
            out.append(process.getName() == null ? "" : " (" + process.getName() + ")").append("\n\n");
            out.append("| id | kind | name | who / what | form | code (module) | stage |\n|---|---|---|---|---|---|---|\n");
            for (FlowNode node : inFlowOrder(process.getFlowElements())) {
                out.append(row(node)).append("\n");
            }
        }
    }

    /**
     * The nodes of a scope as a reader follows them: from its start events along the flows, each
     * activity followed by its boundary events and a subprocess by its contents; anything unreached last.
     */
    private static List<FlowNode> inFlowOrder(Collection<FlowElement> scope) {
        List<FlowNode> nodes = scope.stream().filter(FlowNode.class::isInstance).map(FlowNode.class::cast).toList();
        Set<FlowNode> seen = new LinkedHashSet<>();
        Deque<FlowNode> next = new ArrayDeque<>(nodes.stream().filter(n -> n instanceof StartEvent).toList());
        List<FlowNode> ordered = new ArrayList<>();
        while (!next.isEmpty() || seen.size() < nodes.size()) {
            FlowNode node = next.isEmpty() ? nodes.stream().filter(n -> !seen.contains(n)).findFirst().orElseThrow() : next.poll();
            if (!seen.add(node)) {
                continue;
            }
            ordered.add(node);
            if (node instanceof SubProcess sub) {
                ordered.addAll(inFlowOrder(sub.getFlowElements()));
            }
            nodes.stream().filter(n -> n instanceof BoundaryEvent b && b.getAttachedTo().equals(node)).forEach(next::addFirst);
            node.getOutgoing().forEach(f -> next.add(f.getTarget()));
        }
        return ordered;
    }

    private String row(FlowNode node) {
        return "| " + String.join(" | ", node.getId(), kind(node), cell(node.getName()), who(node), form(node), code(node),
                stage(node)) + " |";
    }

    private static String kind(FlowNode node) {
        String kind = node instanceof UserTask ? "user task"
                : node instanceof ServiceTask ? "service task"
                : node instanceof BusinessRuleTask ? "business rule task"
                : node instanceof CallActivity ? "call activity"
                : node instanceof SubProcess ? "embedded subprocess"
                : node instanceof ExclusiveGateway ? "exclusive gateway"
                : node instanceof Gateway ? "gateway"
                : node instanceof StartEvent s ? "start" + events(s)
                : node instanceof EndEvent ? "end"
                : node instanceof BoundaryEvent b ? (b.cancelActivity() ? "interrupting" : "non-interrupting") + events(b)
                        + " on " + b.getAttachedTo().getId()
                : node instanceof IntermediateCatchEvent c ? "catch" + events(c)
                : node.getElementType().getTypeName();
        MultiInstanceLoopCharacteristics multi = node.getChildElementsByType(MultiInstanceLoopCharacteristics.class)
                .stream().findFirst().orElse(null);
        if (multi != null) {
            kind += ", " + (multi.isSequential() ? "sequential" : "parallel") + " multi-instance over `"
                    + multi.getCamundaCollection() + "` as `" + multi.getCamundaElementVariable() + "`";
        }
        return kind;
    }

    private static String events(CatchEvent event) {
        StringBuilder s = new StringBuilder();
        for (EventDefinition d : event.getEventDefinitions()) {
            if (d instanceof TimerEventDefinition t) {
                s.append(" timer ").append(code(t.getTimeDate() != null ? t.getTimeDate().getTextContent()
                        : t.getTimeDuration() != null ? t.getTimeDuration().getTextContent() : t.getTimeCycle().getTextContent()));
            } else if (d instanceof MessageEventDefinition m) {
                s.append(" message ").append(code(m.getMessage() == null ? "?" : m.getMessage().getName()));
            }
        }
        return s.toString();
    }

    private static String who(FlowNode node) {
        if (node instanceof UserTask t) {
            return join(t.getCamundaAssignee() == null ? null : "assignee " + code(t.getCamundaAssignee()),
                    t.getCamundaCandidateGroups() == null ? null : "candidate groups " + code(t.getCamundaCandidateGroups()),
                    t.getCamundaDueDate() == null ? null : "due " + code(t.getCamundaDueDate()), listeners(t));
        } else if (node instanceof ServiceTask t) {
            return code(t.getCamundaDelegateExpression());
        } else if (node instanceof BusinessRuleTask t) {
            return "decision " + code(t.getCamundaDecisionRef()) + " (binding " + t.getCamundaDecisionRefBinding()
                    + "), result " + code(t.getCamundaResultVariable()) + " (" + t.getCamundaMapDecisionResult() + ")";
        } else if (node instanceof CallActivity c) {
            return "calls " + code(c.getCalledElement()) + " (binding " + c.getCamundaCalledElementBinding() + ")";
        } else if (node instanceof Gateway g) {
            return g.getOutgoing().stream().map(f -> flow(g, f)).collect(Collectors.joining("; "));
        }
        return "";
    }

    /** The task listeners a user task runs (an agency asked by mail when its task is created). */
    private static String listeners(UserTask task) {
        if (task.getExtensionElements() == null) {
            return null;
        }
        List<String> found = task.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class).list().stream()
                .map(l -> "on " + l.getCamundaEvent() + " " + code(l.getCamundaDelegateExpression())).toList();
        return found.isEmpty() ? null : String.join(", ", found);
    }

    private static String flow(Gateway gateway, SequenceFlow flow) {
        boolean isDefault = gateway instanceof ExclusiveGateway x && flow.equals(x.getDefault());
        String when = flow.getConditionExpression() != null ? " if " + code(flow.getConditionExpression().getTextContent())
                : isDefault ? " otherwise" : "";
        return "→ " + flow.getTarget().getId() + when;
    }

    private static String form(FlowNode node) {
        return node instanceof UserTask t && t.getCamundaFormRef() != null ? "`" + t.getCamundaFormRef() + "`" : "";
    }

    private String code(FlowNode node) {
        Class<?> type = node instanceof UserTask t ? bindings.taskService().apply(t.getId())
                : node instanceof ServiceTask t ? bindings.bean().apply(beanName(t.getCamundaDelegateExpression()))
                : null;
        return type == null ? "" : "`" + type.getSimpleName() + "` (" + module(type) + ")";
    }

    private static String beanName(String expression) {
        return expression == null ? null : expression.replaceAll("^\\$\\{(\\w+)}$", "$1");
    }

    static String module(Class<?> type) {
        String rest = type.getPackageName().substring("org.practicereview.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String stage(FlowNode node) {
        if (node.getExtensionElements() == null) {
            return "";
        }
        return node.getExtensionElements().getElementsQuery().filterByType(
                        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> "stage".equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .findFirst().orElse("");
    }

    private void decisions(Path file, StringBuilder out) {
        DmnModelInstance model = read(file, Dmn::readModelFromStream);
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            out.append("\n## ").append(file.getFileName()).append(" — decision `").append(decision.getId()).append("`");
            out.append(decision.getVersionTag() == null ? "" : ", criteria set `" + decision.getVersionTag() + "`");
            DecisionTable table = decision.getChildElementsByType(DecisionTable.class).iterator().next();
            out.append(", hit policy ").append(table.getHitPolicy()).append("\n\n");
            out.append("Inputs: ").append(table.getInputs().stream().map(i -> code(i.getInputExpression().getTextContent().strip()))
                    .collect(Collectors.joining(", "))).append(".\n\n");
            List<String> outputs = table.getOutputs().stream().map(o -> o.getName()).toList();
            out.append("| rule | ").append(String.join(" | ", outputs)).append(" |\n|---|")
                    .append("---|".repeat(outputs.size())).append("\n");
            for (Rule rule : table.getRules()) {
                List<String> cells = new ArrayList<>();
                for (OutputEntry entry : rule.getOutputEntries()) {
                    cells.add(cell(entry.getTextContent().strip().replaceAll("^\"|\"$", "")));
                }
                out.append("| ").append(rule.getId()).append(" | ").append(String.join(" | ", cells)).append(" |\n");
            }
        }
    }

    private static String code(String expression) {
        return expression == null ? "" : "`" + expression.strip().replace("|", "\\|") + "`";
    }

    private static String cell(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").replace("|", "\\|");
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(p -> p != null).collect(Collectors.joining(", "));
    }

    private static <T> T read(Path file, Function<InputStream, T> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
