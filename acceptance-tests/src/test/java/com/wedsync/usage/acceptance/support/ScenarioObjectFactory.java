package com.wedsync.usage.acceptance.support;

import io.cucumber.core.backend.ObjectFactory;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;

/**
 * Constructor injection for glue classes, one instance of each class per scenario: step classes stay small and
 * share the scenario's world by asking for it in their constructor. This is what cucumber-picocontainer would do;
 * forty lines here spare the build a dependency.
 */
public final class ScenarioObjectFactory implements ObjectFactory {

    private final Map<Class<?>, Object> instances = new HashMap<>();

    @Override
    public void start() {
        instances.clear();
    }

    @Override
    public void stop() {
        instances.clear();
    }

    @Override
    public boolean addClass(Class<?> glueClass) {
        return true;
    }

    @Override
    public <T> T getInstance(Class<T> type) {
        return type.cast(instanceOf(type));
    }

    private Object instanceOf(Class<?> type) {
        Object existing = instances.get(type);
        if (existing != null) {
            return existing;
        }
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor to be injected");
        }
        Constructor<?> constructor = constructors[0];
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = instanceOf(constructor.getParameterTypes()[i]);
        }
        try {
            Object created = constructor.newInstance(arguments);
            instances.put(type, created);
            return created;
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException failed) {
            throw new IllegalStateException("cannot create " + type.getName(), failed);
        }
    }
}
