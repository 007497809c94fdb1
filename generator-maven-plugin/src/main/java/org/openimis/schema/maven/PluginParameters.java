package org.openimis.schema.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.openimis.schema.settings.EffectiveSettings;

import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plugin's parameters as its descriptor declares them, read at run time so that no parameter can be forgotten:
 * the properties of the running goal and of the others, and the running goal's effective settings.
 */
final class PluginParameters {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final MojoExecution execution;
    private final MavenSession session;

    PluginParameters(MojoExecution execution, MavenSession session) {
        this.execution = execution;
        this.session = session;
    }

    /** The goal as the user calls it: {@code openimis:copy-data}. */
    String goal() {
        MojoDescriptor mojo = execution.getMojoDescriptor();
        return mojo.getPluginDescriptor().getGoalPrefix() + ":" + mojo.getGoal();
    }

    Set<String> goalProperties() {
        return properties(List.of(execution.getMojoDescriptor()));
    }

    /** The properties other goals of the plugin know and the running goal does not. */
    Set<String> otherGoalsProperties() {
        Set<String> others = properties(execution.getMojoDescriptor().getPluginDescriptor().getMojos());
        others.removeAll(goalProperties());
        return others;
    }

    /** The names of the user properties ({@code -D}) of this Maven run. */
    Set<String> userProperties() {
        return session.getUserProperties().stringPropertyNames();
    }

    /** The running goal's settings with their values (read from the goal), by property. */
    List<EffectiveSettings.Setting> settings(Object mojo) {
        PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, execution);
        List<EffectiveSettings.Setting> settings = new ArrayList<>();
        for (Parameter parameter : parametersOf(execution.getMojoDescriptor())) {
            String property = property(parameter);
            if (property != null) {
                settings.add(new EffectiveSettings.Setting(property, text(value(mojo, parameter.getName())),
                        text(evaluate(evaluator, parameter.getDefaultValue())), EffectiveSettings.isSecret(property)));
            }
        }
        settings.sort(Comparator.comparing(EffectiveSettings.Setting::property));
        return settings;
    }

    private static Set<String> properties(Collection<MojoDescriptor> mojos) {
        return mojos.stream().flatMap(mojo -> parametersOf(mojo).stream()).map(PluginParameters::property)
                .filter(p -> p != null).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Parameter> parametersOf(MojoDescriptor mojo) {
        return mojo.getParameters() == null ? List.of() : mojo.getParameters().stream().filter(Parameter::isEditable).toList();
    }

    /** The property of a parameter ({@code openimis.copy.dryRun}), or null if it has none. */
    private static String property(Parameter parameter) {
        String expression = parameter.getExpression();
        Matcher matcher = PROPERTY.matcher(expression == null ? "" : expression);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static Object evaluate(PluginParameterExpressionEvaluator evaluator, String expression) {
        if (expression == null) {
            return null;
        }
        try {
            return evaluator.evaluate(expression);
        } catch (ExpressionEvaluationException e) {
            return expression;
        }
    }

    private static Object value(Object mojo, String field) {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field declared = type.getDeclaredField(field);
                declared.setAccessible(true);
                return declared.get(mojo);
            } catch (NoSuchFieldException e) {
                // declared by a superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read parameter " + field + " of " + type.getName(), e);
            }
        }
        return null;
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (value instanceof File file) {
            return file.getPath();
        }
        return value == null ? null : value.toString();
    }
}
