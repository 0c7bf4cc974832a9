package org.trufflemojo.check;

import java.util.Map;

/** An imported module used by name: {@code import math} then {@code math.sqrt(x)}. */
public record ModuleNamespace(String name, Map<String, Object> members) {
}
