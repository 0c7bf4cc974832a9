package org.trufflemojo.ownership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trufflemojo.ownership.ControlFlowGraph.Block;
import org.trufflemojo.ownership.ControlFlowGraph.Event;
import org.trufflemojo.ownership.ControlFlowGraph.Kind;
import org.trufflemojo.ownership.LifetimePlan.Site;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Types;

/**
 * Turns the typed body of one function into a {@link ControlFlowGraph}: each statement and
 * expression becomes events on places (use, own, define) in evaluation order, and a destroy site
 * wherever the node builder can run destroys (after a statement or call, before a store, at the
 * start of a branch, on a raise edge, ...). Code after a jump is unreachable and emits nothing.
 */
final class CfgBuilder {
    private final Function function;
    private final ControlFlowGraph graph = new ControlFlowGraph();
    private final Places places = graph.places;
    /** The block events go to; null after a jump (unreachable code). */
    private Block current;
    /** For each enclosing loop: {continue target, break target}. */
    private final List<Block[]> loopTargets = new ArrayList<>();
    /** Where an error goes: the innermost handler's entry (the function exit when there is none). */
    private final List<Block> raiseTargets = new ArrayList<>();
    /** Loop variables (and pointers) that view an element of a list: a use of one is a use of the list. */
    private final Map<Local, Place> viewOwners = new HashMap<>();
    /** For each open block (the outermost: the function's arguments), the address-taken variables declared in it so far. */
    private final List<List<Local>> addressTakenInScope = new ArrayList<>();
    /** Where the last event before a destroy site happened: where a value's life is found to end. */
    private SourcePos lastPos;
    private final ExpressionEvents expressions = new ExpressionEvents(this);

    private CfgBuilder(Function function) {
        this.function = function;
    }

    static ControlFlowGraph build(Function function) {
        return new CfgBuilder(function).build();
    }

    private ControlFlowGraph build() {
        // Every local, and every field path that is moved out of or assigned, is a tracked place.
        for (Local l : function.locals) {
            places.index(Places.whole(l));
        }
        current = graph.entry;
        for (Local p : function.params) {
            emit(Kind.DEF, Places.whole(p), p.declaredAt, null);
        }
        if (function.outParam != null && function.outParam.type instanceof StructType st) {
            emit(Kind.DEF, Places.whole(function.outParam), function.pos, null);
            for (StructType.Field f : st.fieldList()) {
                emit(Kind.UNINIT, new Place(function.outParam, List.of(f)), function.pos, null);
            }
        }
        for (Local l : function.locals) {
            if (l.addressSlot != null) {
                emit(Kind.DEF, Places.whole(l.addressSlot), l.declaredAt, null); // allocated on entry
            }
        }
        site(Site.ENTRY, function);
        List<Local> addressTakenParams = new ArrayList<>();
        for (Local p : function.params) {
            if (p.addressSlot != null) {
                addressTakenParams.add(p);
            }
        }
        addressTakenInScope.add(addressTakenParams);
        statement(function.body);
        if (current != null) {
            keepAddressTakenAlive();
            site(Site.END, function);
            checkResultInitialized("the implicit return from this function");
            ControlFlowGraph.edge(current, graph.exit);
        }
        trackFieldPlaces();
        return graph;
    }

    /** Field places only become tracked when they appear; make sure each has an index before the analyses. */
    private void trackFieldPlaces() {
        for (Block b : graph.blocks) {
            for (Event e : b.events) {
                if (e.place() != null) {
                    places.index(e.place());
                }
            }
        }
    }

    /** False after a jump: the code that follows is unreachable and emits nothing. */
    boolean reachable() {
        return current != null;
    }

    private Block raiseTarget() {
        return raiseTargets.isEmpty() ? graph.exit : raiseTargets.get(raiseTargets.size() - 1);
    }

    /**
     * Before the destroy site of a jump (a return, a raise, a break or continue): the variables in
     * scope whose address was taken live until here. A pointer to one may be used after the
     * variable's last use (it may be kept in a struct or a list), so the value dies only when it
     * goes out of scope.
     */
    private void keepAddressTakenAlive() {
        for (List<Local> declared : addressTakenInScope) {
            keepAlive(declared);
        }
    }

    private void keepAlive(List<Local> variables) {
        for (Local l : variables) {
            emit(Kind.KEEP_ALIVE, Places.whole(l), lastPos, null);
        }
    }

    /** A block: a scope. The address-taken variables declared in it live until its end. */
    private void block(TStmt.Block b) {
        addressTakenInScope.add(new ArrayList<>());
        b.statements().forEach(this::statement);
        List<Local> declared = addressTakenInScope.remove(addressTakenInScope.size() - 1);
        if (!declared.isEmpty() && current != null) {
            keepAlive(declared);
            site(Site.BLOCK_END, b);
        }
    }

    /** Notes the scope of an address-taken variable at its first assignment: the innermost open block. */
    private void declared(Local l) {
        if (l.addressSlot != null && addressTakenInScope.stream().noneMatch(scope -> scope.contains(l))) {
            addressTakenInScope.get(addressTakenInScope.size() - 1).add(l);
        }
    }

    /** An edge on which an error leaves this point, through a block holding the destroy site for that path. */
    void raiseEdge(Object node) {
        if (current == null) {
            return;
        }
        Block pad = graph.newBlock();
        ControlFlowGraph.edge(current, pad);
        Block saved = current;
        current = pad;
        keepAddressTakenAlive();
        site(Site.RAISE_EDGE, node);
        ControlFlowGraph.edge(pad, raiseTarget());
        current = graph.newBlock();
        ControlFlowGraph.edge(saved, current);
    }

    /**
     * The list in {@code container} may have moved its elements: each {@code ref} bound to one of
     * them is invalid from here (a later use of it is an error).
     */
    void invalidateInteriorReferences(TExpr container, SourcePos pos) {
        Place list = Places.placeOf(container);
        if (list == null) {
            return;
        }
        for (Map.Entry<Local, Local> r : function.interiorReferences.entrySet()) {
            if (r.getValue() == list.root()) {
                emit(Kind.UNINIT, Places.whole(r.getKey()), pos, null);
            }
        }
    }

    void emit(Kind kind, Place place, SourcePos pos, Object node) {
        emit(kind, place, pos, node, null);
    }

    private void emit(Kind kind, Place place, SourcePos pos, Object node, Site site) {
        if (current == null) {
            return; // unreachable code
        }
        if (place != null) {
            places.index(place);
        }
        if (pos != null) {
            lastPos = pos;
        }
        current.events.add(new Event(kind, place, pos, node, site, graph.nextEventNumber()));
        Place owner = place == null ? null : viewOwners.get(place.root());
        if (owner != null && (kind == Kind.USE || kind == Kind.OWN)) {
            current.events.add(new Event(Kind.USE, owner, pos, null, null, graph.nextEventNumber())); // the element must outlive its view
        }
    }

    /**
     * Two paths from here that meet again, as a conditional expression (or and/or, whose second
     * path evaluates nothing) makes them: each path starts and ends with a destroy site keyed by
     * {@code key}, so a value that dies on one path only is destroyed on that path.
     */
    void alternatives(TExpr key, TExpr first, TExpr second) {
        if (current == null) {
            return;
        }
        Block fork = current;
        Block join = graph.newBlock();
        current = graph.newBlock();
        ControlFlowGraph.edge(fork, current);
        site(Site.BRANCH_START, key);
        expressions.expression(first);
        site(Site.BRANCH_END, key);
        if (current != null) {
            ControlFlowGraph.edge(current, join);
        }
        current = graph.newBlock();
        ControlFlowGraph.edge(fork, current);
        site(Site.ELSE_START, key);
        if (second != null) {
            expressions.expression(second);
            site(Site.ELSE_END, key);
        }
        if (current != null) {
            ControlFlowGraph.edge(current, join);
        }
        current = join.predecessors.isEmpty() ? null : join;
    }

    void site(Site site, Object node) {
        emit(Kind.SITE, null, lastPos, node, site);
    }

    /** The out argument must be whole (every field initialized) wherever the function returns. */
    private void checkResultInitialized(String where) {
        if (function.outParam != null && current != null) {
            graph.resultChecks.add(new ControlFlowGraph.ResultCheck(current, current.events.size(), where));
        }
    }

    /** A local (a variable or a temporary) set to a pointer into a list's buffer or a span keeps what it views alive. */
    void recordView(Local local, TExpr value) {
        Place viewed = viewedPlace(value);
        if (viewed != null) {
            viewOwners.put(local, viewed);
        }
    }

    /**
     * What a pointer or a span value points into, or null: the list whose buffer it is
     * ({@code l.unsafe_ptr()}, {@code UnsafePointer(to=l[i])}, {@code Span(l)}), the owner a span
     * views ({@code span[1:]} of a span variable), or what the span a call returns views.
     */
    private Place viewedPlace(TExpr value) {
        if (value instanceof TExpr.ListOp lo && (lo.op() == TExpr.ListOpKind.DATA || lo.op() == TExpr.ListOpKind.VIEW
                        || lo.op() == TExpr.ListOpKind.SUBVIEW)) {
            return ownerOf(lo.operands().get(0));
        }
        if (value instanceof TExpr.Call call && call.type() instanceof ListType lt && lt.isView) {
            // a span a function returns views its first argument that can own elements (origins are
            // not tracked: this is the receiver of s.as_bytes(), the list of first_two(list))
            for (TExpr arg : call.args()) {
                if (arg.type() instanceof ListType || arg.type() == Types.STRING) {
                    return ownerOf(arg);
                }
            }
        }
        if (value instanceof TExpr.IntrinsicCall call && call.type() instanceof PointerType && !call.operands().isEmpty()
                        && call.operands().get(0).type() == Types.STRING) {
            // a pointer to a string's bytes (s.unsafe_ptr(), s.unsafe_cstr_ptr()) keeps the string alive
            return ownerOf(call.operands().get(0));
        }
        if (value instanceof TExpr.InPlace changed && changed.type() instanceof PointerType) {
            // (the same of a string in a list: l[0].unsafe_cstr_ptr() keeps the list alive)
            TExpr place = changed.place();
            while (place instanceof TExpr.FieldRead field) {
                place = field.object();
            }
            return ownerOf(place instanceof TExpr.ListElement element ? element.list() : place);
        }
        if (value instanceof TExpr.Memory m && m.op() == TExpr.MemoryOp.ADDRESS && m.operands().get(0) instanceof TExpr.ListElement le) {
            return ownerOf(le.list());
        }
        if (value.type() instanceof ListType lt && lt.isView && Places.placeOf(value) instanceof Place span) {
            return viewOwners.get(span.root()); // a copy of a span variable views what it views
        }
        return null;
    }

    /** The place that owns what e is or views: e's own place, unless e is itself a view of another. */
    private Place ownerOf(TExpr e) {
        Place viewed = viewedPlace(e);
        if (viewed != null) {
            return viewed;
        }
        Place place = Places.placeOf(e);
        Place owner = place == null ? null : viewOwners.get(place.root());
        return owner != null ? owner : place;
    }

    void statement(TStmt s) {
        if (current == null) {
            return;
        }
        switch (s) {
            case TStmt.Block b -> block(b);
            case TStmt.WriteLocal w -> {
                declared(w.local());
                recordView(w.local(), w.value());
                expressions.expression(w.value());
                site(Site.BEFORE_STORE, s);
                emit(Kind.DEF, Places.whole(w.local()), w.pos(), null);
                site(Site.AFTER, s);
            }
            case TStmt.WriteField w -> {
                expressions.expression(w.value());
                Place target = Places.placeOf(new TExpr.FieldRead(w.pos(), w.field().type(), w.object(), w.field()));
                if (target != null) {
                    site(Site.BEFORE_STORE, s);
                    emit(Kind.DEF, target, w.pos(), null);
                    // the struct lives until its field is written, and dies after it at the earliest (the write
                    // is no use of it: the field written may have been moved out)
                    emit(Kind.KEEP_ALIVE, Places.whole(target.root()), w.pos(), null);
                } else {
                    expressions.expression(w.object()); // a field in native memory: not tracked
                }
                site(Site.AFTER, s);
            }
            case TStmt.Eval e -> {
                expressions.expression(e.expr());
                site(Site.AFTER, s);
            }
            case TStmt.Print p -> {
                List<TExpr> all = new ArrayList<>(p.values());
                if (p.sep() != null) {
                    all.add(p.sep());
                }
                if (p.end() != null) {
                    all.add(p.end());
                }
                expressions.operands(all);
                site(Site.AFTER, s);
            }
            case TStmt.If i -> {
                expressions.expression(i.condition());
                site(Site.AFTER, i.condition());
                Block fork = current;
                Block join = graph.newBlock();
                current = graph.newBlock();
                ControlFlowGraph.edge(fork, current);
                site(Site.BRANCH_START, s);
                statement(i.then());
                if (current != null) {
                    ControlFlowGraph.edge(current, join);
                }
                current = graph.newBlock();
                ControlFlowGraph.edge(fork, current);
                site(Site.ELSE_START, s);
                if (i.otherwise() != null) {
                    statement(i.otherwise());
                }
                if (current != null) {
                    ControlFlowGraph.edge(current, join);
                }
                current = join.predecessors.isEmpty() ? null : join;
            }
            case TStmt.While w -> loop(s, w.condition(), null, List.of(), null, w.body(), w.otherwise());
            case TStmt.ForList f -> {
                expressions.expression(f.list());
                site(Site.AFTER, f.list()); // what the iterable expression used last dies before the loop
                emit(Kind.DEF, Places.whole(f.index()), f.pos(), null);
                Place list = f.list() instanceof TExpr.Temp t ? Places.whole(t.temp()) : Places.placeOf(f.list());
                // a list read in place from inside another value (t[0], g[1], d[k] held in a temporary): that value
                // lives while the loop runs
                List<Place> owners = f.list() instanceof TExpr.Temp t ? Places.ownersOf(t.value()) : list == null ? Places.ownersOf(f.list()) : List.of();
                loop(s, null, list, owners, f.variable(), f.body(), f.otherwise());
            }
            case TStmt.ForRange f -> {
                expressions.expression(f.start());
                expressions.expression(f.end());
                expressions.expression(f.step());
                emit(Kind.DEF, Places.whole(f.endTemp()), f.pos(), null);
                emit(Kind.DEF, Places.whole(f.stepTemp()), f.pos(), null);
                emit(Kind.DEF, Places.whole(f.counter()), f.pos(), null);
                loop(s, null, null, List.of(), f.variable(), f.body(), f.otherwise());
            }
            case TStmt.Raise r -> {
                if (r.message() != null) {
                    expressions.expression(r.message());
                }
                expressions.expression(r.value());
                keepAddressTakenAlive();
                site(Site.BEFORE_JUMP, s);
                ControlFlowGraph.edge(current, raiseTarget());
                current = null;
            }
            case TStmt.Try t -> {
                Block join = graph.newBlock();
                Block handlerEntry = t.handler() != null ? graph.newBlock() : null;
                if (handlerEntry != null) {
                    raiseTargets.add(handlerEntry);
                }
                statement(t.body());
                if (handlerEntry != null) {
                    raiseTargets.remove(raiseTargets.size() - 1);
                }
                if (t.otherwise() != null) {
                    statement(t.otherwise());
                }
                if (current != null) {
                    ControlFlowGraph.edge(current, join);
                }
                if (handlerEntry != null && !handlerEntry.predecessors.isEmpty()) {
                    current = handlerEntry;
                    if (t.error() != null) {
                        emit(Kind.DEF, Places.whole(t.error()), t.pos(), null);
                    }
                    site(Site.HANDLER_START, s);
                    statement(t.handler());
                    if (current != null) {
                        ControlFlowGraph.edge(current, join);
                    }
                }
                current = join.predecessors.isEmpty() ? null : join;
                if (t.cleanup() != null) {
                    statement(t.cleanup());
                }
            }
            case TStmt.Break b -> {
                keepAddressTakenAlive();
                site(Site.BEFORE_JUMP, s);
                ControlFlowGraph.edge(current, loopTargets.get(loopTargets.size() - 1)[1]);
                current = null;
            }
            case TStmt.Continue c -> {
                keepAddressTakenAlive();
                site(Site.BEFORE_JUMP, s);
                ControlFlowGraph.edge(current, loopTargets.get(loopTargets.size() - 1)[0]);
                current = null;
            }
            case TStmt.Return r -> {
                if (r.value() != null) {
                    expressions.expression(r.value());
                }
                keepAddressTakenAlive();
                site(Site.BEFORE_JUMP, s);
                checkResultInitialized("this return");
                ControlFlowGraph.edge(current, graph.exit);
                current = null;
            }
        }
    }

    /** A loop; {@code iterated} is the list a for-loop reads at the head of every iteration (or null). */
    private void loop(TStmt loop, TExpr condition, Place iterated, List<Place> iteratedOwners, Local variable, TStmt body, TStmt otherwise) {
        Block head = graph.newBlock();
        Block after = graph.newBlock();
        ControlFlowGraph.edge(current, head);
        current = head;
        if (condition != null) {
            expressions.expression(condition);
            site(Site.AFTER, condition);
        }
        if (iterated != null) {
            emit(Kind.USE, iterated, loop.pos(), null);
        }
        for (Place owner : iteratedOwners) {
            emit(Kind.KEEP_ALIVE, owner, loop.pos(), null); // (no use: a check of moves is the iterable expression's)
        }
        Block afterCondition = current;
        current = graph.newBlock();
        ControlFlowGraph.edge(afterCondition, current);
        if (variable != null) {
            if (iterated != null) {
                viewOwners.put(variable, iterated);
            }
            emit(Kind.DEF, Places.whole(variable), loop.pos(), null);
        }
        site(Site.BRANCH_START, loop);
        loopTargets.add(new Block[]{head, after});
        statement(body);
        loopTargets.remove(loopTargets.size() - 1);
        if (current != null) {
            ControlFlowGraph.edge(current, head);
        }
        current = graph.newBlock();
        ControlFlowGraph.edge(afterCondition, current);
        site(Site.LOOP_EXIT, loop);
        if (otherwise != null) {
            statement(otherwise);
        }
        if (current != null) {
            ControlFlowGraph.edge(current, after);
        }
        current = after.predecessors.isEmpty() ? null : after;
    }
}
