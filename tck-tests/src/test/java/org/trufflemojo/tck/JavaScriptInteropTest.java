package org.trufflemojo.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mojo values as a GraalJS program uses them: lists as arrays, dicts as maps, functions to call, errors to catch. */
class JavaScriptInteropTest {

    private Context context;
    private Value js;

    @BeforeEach
    void open() {
        context = Context.newBuilder("js", "mojo").allowPolyglotAccess(PolyglotAccess.ALL).option("engine.WarnInterpreterOnly", "false").build();
        context.getPolyglotBindings().putMember("mojo", context.eval(InteropModule.source()));
        js = context.eval("js", "(code) => (new Function('mojo', code))(Polyglot.import('mojo'))");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value run(String code) {
        return js.execute(code);
    }

    @Test
    void aMojoListIsAJavaScriptArray() {
        assertEquals("0,1,4,9,16", run("return mojo.squares(5).join(',')").asString());
        assertEquals(30, run("return mojo.squares(5).map(x => x * 2).filter(x => x > 0).length * 7 + 2").asInt());
        assertEquals(5, run("const l = mojo.squares(2); l.append(4); return l.length + l[2] - 4 + l[1] * 2").asInt());
        assertEquals("4|0,1", run("const l = mojo.squares(3); const last = l.pop(); return last + '|' + l.join(',')").asString());
        assertEquals("TypeError", run("'use strict'; const l = mojo.squares(2); try { l[0] = 'x'; return 'ok' } catch (e) { return e.name }").asString());
    }

    @Test
    void javaScriptArraysAndMapsBecomeMojoListsAndDicts() {
        assertEquals(6, run("return mojo.total([1, 2, 3])").asInt());
        assertEquals(3, run("return mojo.age_sum(new Map([['a', 1], ['b', 2]]))").asInt());
        assertEquals(73, run("return mojo.age_sum(mojo.ages())").asInt());
        assertEquals(42, run("return mojo.ages().get('bob')").asInt());
    }

    @Test
    void javaScriptFunctionsAreMojoFunctionValues() {
        assertEquals(11, run("return mojo.apply(x => x + 1, 10)").asInt());
    }

    @Test
    void structsAreObjectsWithMethods() {
        assertEquals(7, run("const p = mojo.Point(3, -4); return p.norm1()").asInt());
        assertEquals("Point(x=3, y=-4)", run("return mojo.Point(3, -4)").toString());
    }

    @Test
    void aWrongArgumentIsAnErrorJavaScriptCatches() {
        assertEquals("error: argument 'values' of 'total': expected List[Int], got an array whose element 1 is String",
                        run("try { mojo.total([1, 'two']) } catch (e) { return e.message }").asString());
        PolyglotException e = org.junit.jupiter.api.Assertions.assertThrows(PolyglotException.class, () -> run("mojo.total(1)"));
        assertTrue(e.isGuestException());
    }
}
