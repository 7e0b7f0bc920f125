package org.practicereview.workflow;

import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code stage} property of user tasks, call activities and end events and, when a case
 * reaches one, publishes {@link StageReached}. The diagram stays the one place that says which step
 * belongs to which stage.
 */
@Component
class StagePlugin extends AbstractProcessEnginePlugin {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private final ApplicationEventPublisher events;

    StagePlugin(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new java.util.ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new StageParseListener());
    }

    private final class StageParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            attach(element, activity);
        }

        @Override
        public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
            attach(element, activity);
        }

        @Override
        public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            attach(element, activity);
        }

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            attach(element, activity);
        }

        private void attach(Element element, ActivityImpl activity) {
            String stage = stageOf(element);
            if (stage == null) {
                return;
            }
            Stage value = Stage.valueOf(stage);
            activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
                Object ref = execution.getVariable(ProcessVariables.CASE_REFERENCE);
                if (ref != null) {
                    events.publishEvent(new StageReached(new CaseReference(ref.toString()), value, execution.getCurrentActivityId()));
                }
            });
        }

        private String stageOf(Element element) {
            Element extensions = element.element("extensionElements");
            if (extensions == null) {
                return null;
            }
            Element properties = extensions.elementNS(new org.camunda.bpm.engine.impl.util.xml.Namespace(CAMUNDA_NS), "properties");
            if (properties == null) {
                return null;
            }
            for (Element p : properties.elements()) {
                if ("stage".equals(p.attribute("name"))) {
                    return p.attribute("value");
                }
            }
            return null;
        }
    }
}
