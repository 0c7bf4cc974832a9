package org.trufflemojo.ownership;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trufflemojo.typed.Program;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Stmt.Convention;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;

/**
 * The ownership check, run on the typed tree of every function before anything runs.
 *
 * <p>Each function becomes a control-flow graph of events on places (use, own, define) and destroy
 * sites. A backward liveness fixed point says where each place is last used; a forward
 * must-be-initialized fixed point then rejects uses of uninitialized, moved or partially moved
 * values, turns a copy at a place's last use into a move, and records, at every destroy site,
 * the owned values that are initialized but no longer live: that is where they are destroyed
 * (ASAP), with no run-time drop flags. The result is a {@link LifetimePlan}.
 */
public final class OwnershipChecker {
    private final Diagnostics diagnostics;
    private final LifetimePlan plan = new LifetimePlan();

    public OwnershipChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public LifetimePlan check(Program program) {
        for (Function f : program.functions()) {
            if (f.body != null) {
                new FunctionAnalysis(f).run();
            }
        }
        return plan;
    }

    private enum Kind {
        USE, OWN, DEF, SITE,
        /** The place holds no value yet (the fields of a constructor's {@code out self}). */
        UNINIT
    }

    private record Event(Kind kind, Place place, SourcePos pos, Object node, LifetimePlan.Site site) {
    }

    private static final class Block {
        final List<Event> events = new ArrayList<>();
        final List<Block> successors = new ArrayList<>();
        final List<Block> predecessors = new ArrayList<>();
        BitSet liveIn = new BitSet();
        BitSet liveOut = new BitSet();
        BitSet initIn; // null: not reached (yet)
        final int id;

        Block(int id) {
            this.id = id;
        }
    }

    private final class FunctionAnalysis {
        private final Function function;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final Map<Place, Integer> placeIndex = new HashMap<>();
        private final Block entry;
        private final Block exit;
        private Block current;
        private final ArrayList<Block[]> loopTargets = new ArrayList<>(); // {continue target, break target}
        /** Where an error goes: the innermost handler's entry, or the function exit. */
        private final ArrayList<Block> raiseTargets = new ArrayList<>();
        /** Loop variables that view an element of the iterated list: a use of one is a use of the list. */
        private final java.util.HashMap<Local, Place> viewOwners = new java.util.HashMap<>();

        private Block raiseTarget() {
            return raiseTargets.isEmpty() ? exit : raiseTargets.get(raiseTargets.size() - 1);
        }

        /** An edge on which an error leaves this point, through a block holding the destroy site for that path. */
        private void raiseEdge(Object node) {
            if (current == null) {
                return;
            }
            Block pad = newBlock();
            edge(current, pad);
            Block saved = current;
            current = pad;
            site(LifetimePlan.Site.RAISE_EDGE, node);
            edge(pad, raiseTarget());
            current = newBlock();
            edge(saved, current);
        }
        /** Where each place was last moved, for error messages. */
        private final Map<Integer, SourcePos> movedAt = new HashMap<>();
        private final java.util.Set<String> reported = new java.util.HashSet<>();
        private boolean reporting;

        FunctionAnalysis(Function function) {
            this.function = function;
            entry = newBlock();
            exit = newBlock();
        }

        private Block newBlock() {
            Block b = new Block(blocks.size());
            blocks.add(b);
            return b;
        }

        private void edge(Block from, Block to) {
            from.successors.add(to);
            to.predecessors.add(from);
        }

        // ------------------------------------------------------------ places

        private int index(Place p) {
            Integer i = placeIndex.get(p);
            if (i == null) {
                i = places.size();
                places.add(p);
                placeIndex.put(p, i);
            }
            return i;
        }

        private Place whole(Local l) {
            return new Place(l, List.of());
        }

        /** The place an expression denotes, or null if it is not a place. */
        private Place placeOf(TExpr e) {
            if (e instanceof TExpr.ReadLocal r) {
                return whole(r.local());
            }
            if (e instanceof TExpr.FieldRead fr) {
                Place inner = placeOf(fr.object());
                if (inner == null) {
                    return null;
                }
                List<StructType.Field> path = new ArrayList<>(inner.path());
                path.add(fr.field());
                return new Place(inner.root(), List.copyOf(path));
            }
            return null;
        }

        /** Indices of the tracked places of {@code p}'s root that are prefixes of p (including p if tracked). */
        private BitSet prefixes(Place p) {
            BitSet r = new BitSet();
            for (int i = 0; i < places.size(); i++) {
                Place q = places.get(i);
                if (p.within(q)) {
                    r.set(i);
                }
            }
            return r;
        }

        /** Indices of tracked places inside p (including p). */
        private BitSet inside(Place p) {
            BitSet r = new BitSet();
            for (int i = 0; i < places.size(); i++) {
                if (places.get(i).within(p)) {
                    r.set(i);
                }
            }
            return r;
        }

        private BitSet ofRoot(Local root) {
            BitSet r = new BitSet();
            for (int i = 0; i < places.size(); i++) {
                if (places.get(i).root() == root) {
                    r.set(i);
                }
            }
            return r;
        }

        // ------------------------------------------------------------ building the graph

        private void emit(Kind kind, Place place, SourcePos pos, Object node, LifetimePlan.Site site) {
            if (current == null) {
                return; // unreachable code
            }
            if (place != null) {
                index(place);
            }
            if (pos != null) {
                lastPos = pos;
            }
            current.events.add(new Event(kind, place, pos, node, site));
            Place owner = place == null ? null : viewOwners.get(place.root());
            if (owner != null && (kind == Kind.USE || kind == Kind.OWN)) {
                current.events.add(new Event(Kind.USE, owner, pos, null, null)); // the element must outlive its view
            }
        }

        /** The list whose buffer a pointer value points into ({@code l.unsafe_ptr()}, {@code UnsafePointer(to=l[i])}), or null. */
        private Place listBehindPointer(TExpr value) {
            if (value instanceof TExpr.ListOp lo && lo.op() == TExpr.ListOpKind.DATA) {
                return placeOf(lo.operands().get(0));
            }
            if (value instanceof TExpr.Memory m && m.op() == TExpr.MemoryOp.ADDRESS && m.operands().get(0) instanceof TExpr.ListElement le) {
                return placeOf(le.list());
            }
            return null;
        }

        /** Where the last event before a destroy site happened: where a value's life is found to end. */
        private SourcePos lastPos;

        private void site(LifetimePlan.Site site, Object node) {
            emit(Kind.SITE, null, lastPos, node, site);
        }

        void run() {
            // Every local, and every field path that is moved out of or assigned, is a tracked place.
            for (Local l : function.locals) {
                index(whole(l));
            }
            current = entry;
            for (Local p : function.params) {
                emit(Kind.DEF, whole(p), p.declaredAt, null, null);
            }
            if (function.outParam != null && function.outParam.type instanceof StructType st && !st.isTrivial()) {
                Place self = whole(function.outParam);
                emit(Kind.DEF, self, function.pos, null, null);
                for (StructType.Field f : st.fieldList()) {
                    emit(Kind.UNINIT, new Place(function.outParam, List.of(f)), function.pos, null, null);
                }
            }
            for (Local l : function.locals) {
                if (l.addressSlot != null) {
                    emit(Kind.DEF, whole(l.addressSlot), l.declaredAt, null, null); // allocated on entry
                }
            }
            site(LifetimePlan.Site.ENTRY, function);
            statement(function.body);
            if (current != null) {
                site(LifetimePlan.Site.END, function);
                checkResultInitialized(function.pos, "the implicit return from this function");
                edge(current, exit);
            }
            trackFieldPlaces();
            liveness();
            initialization();
        }

        /** Field places only become tracked when they appear; make sure each has an index before the analyses. */
        private void trackFieldPlaces() {
            for (Block b : blocks) {
                for (Event e : b.events) {
                    if (e.place() != null) {
                        index(e.place());
                    }
                }
            }
        }

        private void statement(TStmt s) {
            if (current == null) {
                return;
            }
            switch (s) {
                case TStmt.Block b -> b.statements().forEach(this::statement);
                case TStmt.WriteLocal w -> {
                    Place pointee = listBehindPointer(w.value());
                    if (pointee != null) {
                        viewOwners.put(w.local(), pointee); // a pointer into a list's buffer keeps the list alive
                    }
                    expression(w.value());
                    site(LifetimePlan.Site.BEFORE_STORE, s);
                    emit(Kind.DEF, whole(w.local()), w.pos(), null, null);
                    site(LifetimePlan.Site.AFTER, s);
                }
                case TStmt.WriteField w -> {
                    expression(w.value());
                    Place target = placeOf(new TExpr.FieldRead(w.pos(), w.field().type(), w.object(), w.field()));
                    if (target != null) {
                        site(LifetimePlan.Site.BEFORE_STORE, s);
                        emit(Kind.DEF, target, w.pos(), null, null);
                    } else {
                        expression(w.object()); // a field in native memory: not tracked
                    }
                    site(LifetimePlan.Site.AFTER, s);
                }
                case TStmt.Eval e -> {
                    expression(e.expr());
                    site(LifetimePlan.Site.AFTER, s);
                }
                case TStmt.Print p -> {
                    List<TExpr> all = new ArrayList<>(p.values());
                    if (p.sep() != null) {
                        all.add(p.sep());
                    }
                    if (p.end() != null) {
                        all.add(p.end());
                    }
                    operands(all);
                    site(LifetimePlan.Site.AFTER, s);
                }
                case TStmt.If i -> {
                    expression(i.condition());
                    site(LifetimePlan.Site.AFTER, i.condition());
                    Block fork = current;
                    Block join = newBlock();
                    current = newBlock();
                    edge(fork, current);
                    site(LifetimePlan.Site.BRANCH_START, s);
                    statement(i.then());
                    if (current != null) {
                        edge(current, join);
                    }
                    current = newBlock();
                    edge(fork, current);
                    site(LifetimePlan.Site.ELSE_START, s);
                    if (i.otherwise() != null) {
                        statement(i.otherwise());
                    }
                    if (current != null) {
                        edge(current, join);
                    }
                    current = join.predecessors.isEmpty() ? null : join;
                }
                case TStmt.While w -> loop(s, w.condition(), null, null, w.body(), w.otherwise());
                case TStmt.ForList f -> {
                    expression(f.list());
                    site(LifetimePlan.Site.AFTER, f.list()); // what the iterable expression used last dies before the loop
                    emit(Kind.DEF, whole(f.index()), f.pos(), null, null);
                    Place list = f.list() instanceof TExpr.Temp t ? whole(t.temp()) : placeOf(f.list());
                    loop(s, null, list, f.variable(), f.body(), f.otherwise());
                }
                case TStmt.ForRange f -> {
                    expression(f.start());
                    expression(f.end());
                    expression(f.step());
                    emit(Kind.DEF, whole(f.endTemp()), f.pos(), null, null);
                    emit(Kind.DEF, whole(f.stepTemp()), f.pos(), null, null);
                    emit(Kind.DEF, whole(f.counter()), f.pos(), null, null);
                    loop(s, null, null, f.variable(), f.body(), f.otherwise());
                }
                case TStmt.Raise r -> {
                    expression(r.value());
                    site(LifetimePlan.Site.BEFORE_JUMP, s);
                    edge(current, raiseTarget());
                    current = null;
                }
                case TStmt.Try t -> {
                    Block join = newBlock();
                    Block handlerEntry = t.handler() != null ? newBlock() : null;
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
                        edge(current, join);
                    }
                    if (handlerEntry != null && !handlerEntry.predecessors.isEmpty()) {
                        current = handlerEntry;
                        if (t.error() != null) {
                            emit(Kind.DEF, whole(t.error()), t.pos(), null, null);
                        }
                        site(LifetimePlan.Site.HANDLER_START, s);
                        statement(t.handler());
                        if (current != null) {
                            edge(current, join);
                        }
                    }
                    current = join.predecessors.isEmpty() ? null : join;
                    if (t.cleanup() != null) {
                        statement(t.cleanup());
                    }
                }
                case TStmt.Break b -> {
                    site(LifetimePlan.Site.BEFORE_JUMP, s);
                    edge(current, loopTargets.get(loopTargets.size() - 1)[1]);
                    current = null;
                }
                case TStmt.Continue c -> {
                    site(LifetimePlan.Site.BEFORE_JUMP, s);
                    edge(current, loopTargets.get(loopTargets.size() - 1)[0]);
                    current = null;
                }
                case TStmt.Return r -> {
                    if (r.value() != null) {
                        expression(r.value());
                    }
                    site(LifetimePlan.Site.BEFORE_JUMP, s);
                    checkResultInitialized(r.pos(), "this return");
                    edge(current, exit);
                    current = null;
                }
            }
        }

        private final List<Object[]> resultChecks = new ArrayList<>();

        /** The out argument must be whole (every field initialized) wherever the function returns. */
        private void checkResultInitialized(SourcePos pos, String where) {
            if (function.outParam != null && current != null) {
                resultChecks.add(new Object[]{current, current.events.size(), where});
            }
        }

        /** A loop; {@code iterated} is the list a for-loop reads at the head of every iteration (or null). */
        private void loop(TStmt loop, TExpr condition, Place iterated, Local variable, TStmt body, TStmt otherwise) {
            Block head = newBlock();
            Block after = newBlock();
            edge(current, head);
            current = head;
            if (condition != null) {
                expression(condition);
                site(LifetimePlan.Site.AFTER, condition);
            }
            if (iterated != null) {
                emit(Kind.USE, iterated, loop.pos(), null, null);
            }
            Block afterCondition = current;
            current = newBlock();
            edge(afterCondition, current);
            if (variable != null) {
                if (iterated != null) {
                    viewOwners.put(variable, iterated);
                }
                emit(Kind.DEF, whole(variable), loop.pos(), null, null);
            }
            site(LifetimePlan.Site.BRANCH_START, loop);
            loopTargets.add(new Block[]{head, after});
            statement(body);
            loopTargets.remove(loopTargets.size() - 1);
            if (current != null) {
                edge(current, head);
            }
            current = newBlock();
            edge(afterCondition, current);
            site(LifetimePlan.Site.LOOP_EXIT, loop);
            if (otherwise != null) {
                statement(otherwise);
            }
            if (current != null) {
                edge(current, after);
            }
            current = after.predecessors.isEmpty() ? null : after;
        }

        private void expression(TExpr e) {
            if (current == null) {
                return;
            }
            switch (e) {
                case TExpr.Const c -> {
                }
                case TExpr.ReadLocal r -> emit(Kind.USE, whole(r.local()), r.pos(), e, null);
                case TExpr.FieldRead fr -> {
                    Place p = placeOf(fr);
                    if (p != null) {
                        emit(Kind.USE, p, fr.pos(), e, null);
                    } else {
                        expression(fr.object());
                    }
                }
                case TExpr.Own o -> {
                    Place p = placeOf(o.place());
                    emit(Kind.OWN, p, o.pos(), o, null);
                }
                case TExpr.Temp t -> {
                    expression(t.value());
                    emit(Kind.DEF, whole(t.temp()), t.pos(), null, null);
                    emit(Kind.USE, whole(t.temp()), t.pos(), e, null);
                }
                case TExpr.Prim p -> {
                    operands(p.operands());
                    if (p.op() == org.trufflemojo.core.PrimOp.STR_TO_INT || p.op() == org.trufflemojo.core.PrimOp.STR_TO_FLOAT) {
                        raiseEdge(p); // malformed text raises
                    }
                }
                case TExpr.Logical l -> {
                    expression(l.left());
                    expression(l.right());
                }
                case TExpr.CompareChain c -> operands(c.operands());
                case TExpr.Conditional c -> {
                    expression(c.condition());
                    expression(c.then());
                    expression(c.otherwise());
                }
                case TExpr.Call c -> {
                    operands(c.args());
                    if (c.target().raises) {
                        raiseEdge(c);
                    }
                    if (!c.target().returnsRef) {
                        // (a reference result keeps its origin alive: nothing may die before it is used)
                        site(LifetimePlan.Site.AFTER, c);
                    }
                }
                case TExpr.Format f -> operands(f.values());
                case TExpr.Stringify s -> expression(s.value());
                case TExpr.WriterWrite w -> {
                    List<TExpr> all = new ArrayList<>();
                    all.add(w.writer());
                    all.addAll(w.values());
                    operands(all);
                }
                case TExpr.Copy c -> expression(c.source());
                case TExpr.Deref d -> operands(List.of(d.pointer(), d.index()));
                case TExpr.Memory m -> operands(m.operands());
                case TExpr.ListElement le -> operands(List.of(le.list(), le.index()));
                case TExpr.ListOp lo -> {
                    operands(lo.operands());
                    if (lo.op() == TExpr.ListOpKind.INDEX) {
                        raiseEdge(lo); // a missing element raises ValueError
                    }
                }
                case TExpr.StringMethod sm -> operands(sm.operands());
                case TExpr.TupleNew tn -> operands(tn.elements());
                case TExpr.TupleGet tg -> operands(List.of(tg.tuple()));
                case TExpr.OptionalSome os -> expression(os.value());
                case TExpr.OptionalOp oo -> operands(oo.operands());
                case TExpr.DictOp dop -> {
                    operands(dop.operands());
                    if (dop.op().equals("slot") || dop.op().equals("pop") || dop.op().equals("pop_item")) {
                        raiseEdge(dop); // a missing key raises
                    }
                }
                case TExpr.RefTarget rt -> expression(rt.call());
                case TExpr.FunctionRef fr -> {
                }
                case TExpr.IndirectCall ic -> {
                    List<TExpr> all = new ArrayList<>();
                    all.add(ic.callee());
                    all.addAll(ic.args());
                    operands(all);
                    if (ic.callee().type() instanceof org.trufflemojo.typed.types.FunctionType ft && ft.raises) {
                        raiseEdge(ic);
                    }
                    site(LifetimePlan.Site.AFTER, ic);
                }
                case TExpr.VectorOp vo -> operands(vo.operands());
                case TExpr.MakeRef mr -> {
                    Place p = placeOf(mr.place());
                    if (p != null) {
                        emit(Kind.USE, p, mr.pos(), mr, null);
                    } else {
                        expression(mr.place());
                    }
                }
                case TExpr.RefStore rs -> operands(List.of(rs.target(), rs.value()));
                case TExpr.InPlace ip -> {
                    expression(ip.place());
                    emit(Kind.DEF, whole(ip.view()), ip.pos(), null, null);
                    expression(ip.op());
                }
                case TExpr.StdlibCall sc -> {
                    operands(sc.operands());
                    if (sc.function().name().startsWith("ASSERT")) {
                        raiseEdge(sc); // a failed assertion raises
                    }
                }
            }
        }

        /**
         * The operands of one operation. Places that are only borrowed are used by the operation
         * itself, after every operand has been evaluated, so their uses come last: a place must
         * not die at a destroy site inside a later operand (say, after a nested call) while the
         * operation still needs it.
         */
        private void operands(List<TExpr> operands) {
            for (TExpr o : operands) {
                if (o instanceof TExpr.Temp t) {
                    // The temporary is made now but used by the operation: its use comes last too.
                    expression(t.value());
                    emit(Kind.DEF, whole(t.temp()), t.pos(), null, null);
                } else if (!isBorrowedPlace(o)) {
                    expression(o);
                }
            }
            for (TExpr o : operands) {
                if (o instanceof TExpr.Temp t) {
                    emit(Kind.USE, whole(t.temp()), t.pos(), o, null);
                } else if (isBorrowedPlace(o)) {
                    expression(o);
                }
                Place origin = referenceOrigin(o);
                if (origin != null) {
                    emit(Kind.USE, origin, o.pos(), o, null); // the reference is used here: so is what it points into
                }
            }
        }

        /** For a reference result (or a field of one), the place it points into: its receiver. */
        private Place referenceOrigin(TExpr e) {
            while (e instanceof TExpr.FieldRead fr) {
                e = fr.object();
            }
            if (e instanceof TExpr.RefTarget rt && rt.call() instanceof TExpr.Call call && !call.args().isEmpty()) {
                TExpr receiver = call.args().get(0);
                Place p = placeOf(receiver);
                return p != null ? p : referenceOrigin(receiver);
            }
            return null;
        }

        private boolean isBorrowedPlace(TExpr e) {
            return (e instanceof TExpr.ReadLocal || e instanceof TExpr.FieldRead) && placeOf(e) != null;
        }

        // ------------------------------------------------------------ liveness (backward)

        /**
         * Places kept alive by a use of p: every tracked part of p's variable. A struct lives as a
         * whole until its last use; one of its fields dies on its own only when it is overwritten
         * (or moved out) before the struct is used again.
         */
        private BitSet uses(Place p) {
            return ofRoot(p.root());
        }

        private void transferLive(Event e, BitSet live) {
            switch (e.kind()) {
                case USE, OWN -> live.or(uses(e.place()));
                case DEF -> live.andNot(inside(e.place()));
                case SITE, UNINIT -> {
                }
            }
        }

        private void liveness() {
            BitSet exitLive = new BitSet();
            for (Local p : function.params) {
                if (p.convention == Convention.MUT || (p.convention == Convention.REF && p.mutable)) {
                    exitLive.or(ofRoot(p)); // a mut argument's value goes back to the caller
                }
            }
            if (function.outParam != null) {
                exitLive.or(ofRoot(function.outParam));
            }
            exit.liveIn = exitLive;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = blocks.size() - 1; i >= 0; i--) {
                    Block b = blocks.get(i);
                    if (b == exit) {
                        continue;
                    }
                    BitSet out = new BitSet();
                    for (Block s : b.successors) {
                        out.or(s.liveIn);
                    }
                    BitSet in = (BitSet) out.clone();
                    for (int k = b.events.size() - 1; k >= 0; k--) {
                        transferLive(b.events.get(k), in);
                    }
                    if (!in.equals(b.liveIn) || !out.equals(b.liveOut)) {
                        b.liveIn = in;
                        b.liveOut = out;
                        changed = true;
                    }
                }
            }
        }

        /** Live places after each event of a block. */
        private BitSet[] liveAfterEvents(Block b) {
            BitSet[] after = new BitSet[b.events.size()];
            BitSet live = (BitSet) b.liveOut.clone();
            for (int k = b.events.size() - 1; k >= 0; k--) {
                after[k] = (BitSet) live.clone();
                transferLive(b.events.get(k), live);
            }
            return after;
        }

        // ------------------------------------------------------------ initialization (forward)

        private void initialization() {
            entry.initIn = new BitSet();
            // Iterate to a fixed point without reporting, then one reporting pass over the final states.
            reporting = false;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Block b : blocks) {
                    if (b.initIn == null) {
                        continue;
                    }
                    BitSet out = runBlock(b, false);
                    for (Block s : b.successors) {
                        BitSet joined = s.initIn == null ? out : intersect(s.initIn, out);
                        if (s.initIn == null || !joined.equals(s.initIn)) {
                            s.initIn = joined;
                            changed = true;
                        }
                    }
                }
            }
            reporting = true;
            for (Block b : blocks) {
                if (b.initIn != null) {
                    runBlock(b, true);
                }
            }
        }

        private BitSet intersect(BitSet a, BitSet b) {
            BitSet r = (BitSet) a.clone();
            r.and(b);
            return r;
        }

        private BitSet runBlock(Block b, boolean record) {
            BitSet init = (BitSet) b.initIn.clone();
            BitSet[] liveAfter = liveAfterEvents(b);
            for (int k = 0; k < b.events.size(); k++) {
                Event e = b.events.get(k);
                if (record) {
                    for (Object[] check : resultChecks) {
                        if (check[0] == b && (int) check[1] == k) {
                            checkOutInitialized(init, (String) check[2]);
                        }
                    }
                }
                switch (e.kind()) {
                    case USE -> checkUse(e, init);
                    case OWN -> {
                        checkUse(e, init);
                        boolean move = e.node() instanceof TExpr.Own own && (own.explicit() || lastUseOfOwnedLocal(e.place(), liveAfter[k]));
                        if (move) {
                            if (reporting && !isOwned(e.place().root())) {
                                error(e.pos(), "cannot transfer out of '" + e.place() + "': argument '" + e.place().root().name
                                                + "' is not owned by this function (declare it 'var' to take ownership)");
                            }
                            BitSet moved = inside(e.place());
                            init.andNot(moved);
                            for (int i = moved.nextSetBit(0); i >= 0; i = moved.nextSetBit(i + 1)) {
                                movedAt.put(i, e.pos());
                            }
                        }
                        if (record) {
                            plan.setMove((TExpr.Own) e.node(), move);
                        }
                    }
                    case DEF -> init.or(inside(e.place()));
                    case UNINIT -> init.andNot(inside(e.place()));
                    case SITE -> {
                        List<LifetimePlan.Destroy> dying = dyingValues(init, liveAfter[k], e);
                        if (record) {
                            plan.addDestroys(e.site(), e.node(), dying);
                        }
                    }
                }
            }
            if (record) {
                for (Object[] check : resultChecks) {
                    if (check[0] == b && (int) check[1] == b.events.size()) {
                        checkOutInitialized(init, (String) check[2]);
                    }
                }
            }
            return init;
        }

        private void checkOutInitialized(BitSet init, String where) {
            Local out = function.outParam;
            BitSet mine = ofRoot(out);
            for (int i = mine.nextSetBit(0); i >= 0; i = mine.nextSetBit(i + 1)) {
                if (!init.get(i)) {
                    error(function.pos, "'" + places.get(i) + "' is uninitialized at " + where
                                    + (places.get(i).isWhole() ? "" : " (field '" + places.get(i).path().get(places.get(i).path().size() - 1).name()
                                                    + "' is never initialized)"));
                    return;
                }
            }
        }

        /** A use of a place needs the place, the storage around it, and everything inside it initialized. */
        private void checkUse(Event e, BitSet init) {
            Place p = e.place();
            BitSet need = prefixes(p);
            need.or(inside(p));
            for (int i = need.nextSetBit(0); i >= 0; i = need.nextSetBit(i + 1)) {
                if (!init.get(i)) {
                    Place missing = places.get(i);
                    if (missing.within(p) && !missing.equals(p) && init.get(index(p))) {
                        String field = missing.path().get(missing.path().size() - 1).name();
                        SourcePos at = movedAt.get(i);
                        error(e.pos(), "use of partially initialized value '" + p + "' (field '" + field + "' was transferred"
                                        + (at != null ? " on line " + at.line() : "") + ")");
                    } else {
                        SourcePos at = movedAt.get(i);
                        String when = at == null ? ""
                                        : at.equals(e.pos()) ? " (it was transferred here in the previous iteration of the loop)"
                                                        : " (it was transferred on line " + at.line() + ")";
                        error(e.pos(), "use of uninitialized value '" + p + "'" + when);
                    }
                    init.or(need); // report once
                    return;
                }
            }
        }

        private boolean lastUseOfOwnedLocal(Place p, BitSet liveAfter) {
            if (!p.isWhole() || !isOwned(p.root())) {
                return false;
            }
            BitSet mine = ofRoot(p.root());
            return !mine.intersects(liveAfter);
        }

        /** Values this function owns and must destroy: locals and owned (var / deinit) arguments. */
        private boolean isOwned(Local l) {
            if (!l.isParameter()) {
                return l != function.outParam && l.convention != Convention.READ;
            }
            return l.convention == Convention.VAR || l.convention == Convention.DEINIT;
        }

        /** Arguments whose fields die one by one, without their struct's __del__ (deinit self, the source of a move). */
        private boolean isDeinitLike(Local l) {
            if (!l.isParameter()) {
                return false;
            }
            if (l.convention == Convention.DEINIT) {
                return true;
            }
            return l.convention == Convention.VAR && (function.isLifecycleMethod("__del__") || function.isLifecycleMethod("__moveinit__"))
                            && l.type == function.owner;
        }

        /**
         * The values to destroy at a site: every owned place (or a field overwritten in any place
         * that may be assigned) that is initialized but not live. They become uninitialized.
         */
        private List<LifetimePlan.Destroy> dyingValues(BitSet init, BitSet live, Event site) {
            List<LifetimePlan.Destroy> result = new ArrayList<>();
            for (int i = init.nextSetBit(0); i >= 0; i = init.nextSetBit(i + 1)) {
                Place p = places.get(i);
                if (!p.isWhole() || live.get(i)) {
                    continue;
                }
                Local root = p.root();
                BitSet mine = ofRoot(root);
                if (mine.intersects(live)) {
                    continue; // some part is still used later
                }
                BitSet missing = (BitSet) mine.clone();
                missing.andNot(init);
                if (isOwned(root) || root.convention == Convention.MUT) {
                    if (isDeinitLike(root) && root.type instanceof StructType st) {
                        List<StructType.Field> fields = new ArrayList<>();
                        for (StructType.Field f : st.fieldList()) {
                            Integer fi = placeIndex.get(new Place(root, List.of(f)));
                            if ((fi == null || init.get(fi)) && f.type().needsDestroy()) {
                                fields.add(f);
                            }
                        }
                        result.add(new LifetimePlan.Destroy(p, true, fields));
                    } else if (!missing.isEmpty()) {
                        Place gone = places.get(missing.nextSetBit(0));
                        if (reporting && p.type().needsDestroy()) {
                            error(site.pos() != null ? site.pos() : root.declaredAt, "'" + p + "' is partially initialized at the end of its lifetime (field '"
                                            + gone.path().get(gone.path().size() - 1).name() + "' was transferred); reinitialize it first");
                        }
                    } else if (p.type().needsDestroy()) {
                        result.add(new LifetimePlan.Destroy(p, false, List.of()));
                    }
                }
                init.andNot(mine);
            }
            // Fields overwritten later while their struct lives on: destroy the old field value now.
            for (int i = init.nextSetBit(0); i >= 0; i = init.nextSetBit(i + 1)) {
                Place p = places.get(i);
                if (p.isWhole() || live.get(i) || !init.get(index(whole(p.root())))) {
                    continue;
                }
                boolean innerLive = inside(p).intersects(live);
                if (!innerLive && (isOwned(p.root()) || p.root().convention == Convention.MUT || p.root() == function.outParam)) {
                    if (p.type().needsDestroy()) {
                        result.add(new LifetimePlan.Destroy(p, false, List.of()));
                    }
                    init.andNot(inside(p));
                }
            }
            return result;
        }

        private void error(SourcePos pos, String message) {
            if (reporting && reported.add(pos + message)) {
                diagnostics.error(pos, message);
            }
        }
    }
}
