package org.trufflemojo.check;

import java.util.List;

import org.trufflemojo.typed.Function;

/** A checked module: its functions and its entry point. */
public record Program(List<Function> functions, Function main) {
}
