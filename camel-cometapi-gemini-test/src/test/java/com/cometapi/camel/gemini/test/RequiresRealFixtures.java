package com.cometapi.camel.gemini.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class or method that reads the recorded Gemini traffic ({@link RealFixtures}). Without the folder it is
 * reported as skipped, with the place it looked, before any argument source or test factory runs (so a parameterized
 * test never fails for want of arguments). Tagged {@value RealFixtures#TAG}, so the build can run exactly these tests
 * with the folder pointed elsewhere.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Tag(RealFixtures.TAG)
@ExtendWith(RequiresRealFixtures.Condition.class)
public @interface RequiresRealFixtures {

    /** Enables the test only when the fixture folder exists. */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return RealFixtures.root().isPresent()
                    ? ConditionEvaluationResult.enabled("real Gemini fixtures at " + RealFixtures.root().get())
                    : ConditionEvaluationResult.disabled(RealFixtures.absentMessage());
        }
    }
}
