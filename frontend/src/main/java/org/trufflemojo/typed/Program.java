package org.trufflemojo.typed;

import java.util.List;


/** A checked module: its functions and its entry point. */
public record Program(List<Function> functions, Function main) {
}
