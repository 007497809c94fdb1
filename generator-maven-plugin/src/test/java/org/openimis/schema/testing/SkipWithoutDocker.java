package org.openimis.schema.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Disables a test class where Docker is not available and prints why on the console, where Maven's test output
 * shows it (JUnit's own disabled reason only reaches the XML report). Register it before {@code @Testcontainers}.
 */
public class SkipWithoutDocker implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent() || DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.enabled("Docker is available");
        }
        String reason = context.getDisplayName() + " SKIPPED: Docker is not available, so no real SQL Server can be "
                + "started here (Testcontainers). H2 in MODE=MSSQLServer covers what it can as a smoke test.";
        System.out.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
