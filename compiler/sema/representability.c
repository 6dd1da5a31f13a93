/* representability.c — infinitely sized types (E0072).
 *
 * Takes: the crate's structs and enums, their field types lowered by typeck.
 * Gives: E0072 "recursive type `E` has infinite size" for each cycle of types that
 * contain themselves by value, once per cycle as rustc reports it; returns whether any
 * type is infinite (layout must never see one).
 *
 * This follows rustc's `representability` queries: a struct or enum is representable when
 * each field type is; a field type is walked through tuples, arrays (of any length, 0
 * included) and ADTs — for an ADT, the ADT itself must be representable and so must the
 * type arguments that its own fields hold by value (its "params in repr": `Option<T>`
 * holds T, `Box<T>` and `Vec<T>` hold only a pointer). References, raw and fn pointers,
 * closures, trait objects and projections end the walk. A cycle is found when the walk
 * re-enters an ADT it is inside of; the ADTs whose fields make up that cycle are the ones
 * reported, and any type that merely contains one of them is infinite without a second
 * error. The prelude's types never form a cycle: only their parameters are followed. */
#include "patina.h"

#include <string.h>

typedef enum Verdict { UNKNOWN, IN_PROGRESS, REPRESENTABLE, INFINITE } Verdict;

typedef struct Frame {                          /* the walk's stack: one ADT and the field
                                                   being walked */
    AdtDef *adt;
    AdtField *field;
} Frame;

typedef struct Walk {
    PtrVec adts;                                /* AdtDef* with a verdict, parallel to verdicts */
    Verdict *verdicts;
    PtrVec params_done;                         /* AdtDef* whose params_in_repr is known,
                                                   parallel to masks */
    uint64_t *masks;
    Frame *stack;
    int depth, cap;
} Walk;

static int adt_index(Walk *w, AdtDef *a) {
    for (int i = 0; i < w->adts.len; i++)
        if (w->adts.items[i] == a) return i;
    return -1;
}

/* The bit set of a's type parameters that its fields hold by value (rustc's
 * `params_in_repr`); only asked of representable ADTs, whose walk therefore ends. */
static uint64_t params_in_repr(Walk *w, AdtDef *a);

static void params_in_type(Walk *w, Type *t, uint64_t *mask) {
    switch (t->kind) {
    case TY_PARAM: if (t->var >= 0 && t->var < 64) *mask |= 1ull << t->var; break;
    case TY_ARRAY: params_in_type(w, t->elem, mask); break;
    case TY_TUPLE: for (int i = 0; i < t->nelems; i++) params_in_type(w, t->elems[i], mask); break;
    case TY_ADT: {
        uint64_t inner = params_in_repr(w, t->adt);
        for (int i = 0; i < t->nelems && i < 64; i++)
            if (inner & (1ull << i)) params_in_type(w, t->elems[i], mask);
        break;
    }
    default: break;
    }
}

static uint64_t params_in_repr(Walk *w, AdtDef *a) {
    for (int i = 0; i < w->params_done.len; i++)
        if (w->params_done.items[i] == a) return w->masks[i];
    int slot = w->params_done.len;
    ptrvec_push(&w->params_done, a);
    w->masks = arena_realloc(w->masks, sizeof(uint64_t) * (size_t)slot,
                             sizeof(uint64_t) * (size_t)(slot + 1));
    w->masks[slot] = 0;                         /* a recursion that comes back here adds nothing */
    uint64_t mask = 0;
    for (int k = 0; k < a->nfields; k++)
        if (a->fields[k].ty) params_in_type(w, a->fields[k].ty, &mask);
    for (int v = 0; v < a->nvariants; v++)
        for (int k = 0; k < a->variants[v].nfields; k++)
            if (a->variants[v].fields[k].ty) params_in_type(w, a->variants[v].fields[k].ty, &mask);
    w->masks[slot] = mask;
    return mask;
}

/* ── the error ── */

/* `struct A`, as rustc's def span shows it: from the item's start to its name. */
static Span header_span(AdtDef *a) {
    Span sp = a->node->span;
    sp.hi = a->node->u.adt.name_span.hi;
    return sp;
}

/* The places in a field's type that name `needle`, looking where rustc looks: through
 * tuples, arrays and the by-value type arguments of ADTs. */
static void find_named(Walk *w, Node *t, AdtDef *needle, PtrVec *spans) {
    if (!t) return;
    if (t->kind == T_TUPLE) {
        for (int i = 0; i < t->u.list.elems.len; i++) find_named(w, t->u.list.elems.items[i],
                                                                 needle, spans);
    } else if (t->kind == T_ARRAY) {
        find_named(w, t->u.repeat.value, needle, spans);
    } else if (t->kind == T_PATH && t->u.path.def && t->u.path.def->kind == DEF_ADT) {
        AdtDef *a = t->u.path.def->adt;
        if (a == needle) {
            Span *sp = arena_alloc(sizeof *sp);
            *sp = t->span;
            ptrvec_push(spans, sp);
        }
        Node *args = t->u.path.seg_args ? t->u.path.seg_args[t->u.path.nsegs - 1] : NULL;
        if (!args) return;
        uint64_t mask = params_in_repr(w, a);
        int index = 0;
        for (int i = 0; i < args->u.generic_args.args.len; i++) {
            Node *arg = args->u.generic_args.args.items[i];
            if (arg->kind == N_BOUND) continue;        /* a lifetime */
            if (index < 64 && (mask & (1ull << index))) find_named(w, arg, needle, spans);
            index++;
        }
    }
}

static int cmp_frames_by_position(const void *x, const void *y) {
    const Frame *a = x, *b = y;
    uint32_t pa = a->adt->node->span.lo, pb = b->adt->node->span.lo;
    return (pa > pb) - (pa < pb);
}

/* The cycle is stack[from..depth): each frame's field holds the next frame's ADT. */
static void report_cycle(Walk *w, int from) {
    int n = w->depth - from;
    Frame *cycle = arena_alloc(sizeof(Frame) * (size_t)n);
    memcpy(cycle, w->stack + from, sizeof(Frame) * (size_t)n);
    /* rustc starts the cycle at the type defined first */
    int first = 0;
    for (int i = 1; i < n; i++)
        if (cmp_frames_by_position(&cycle[i], &cycle[first]) < 0) first = i;
    Frame *rotated = arena_alloc(sizeof(Frame) * (size_t)n);
    for (int i = 0; i < n; i++) rotated[i] = cycle[(first + i) % n];

    enum { NAMED_AT_MOST = 5 };                 /* rustc lists five and says "and N more" */
    const char *names = "";
    for (int i = 0; i < n; i++) {
        names = arena_printf("%s`%s`", names, sym_str(rotated[i].adt->name));
        if (i == NAMED_AT_MOST - 1 && n > NAMED_AT_MOST) {
            names = arena_printf("%s and %d more", names, n - NAMED_AT_MOST);
            break;
        }
        if (i < n - 2) names = arena_printf("%s, ", names);
        else if (i == n - 2) names = arena_printf("%s and ", names);
    }
    Diag *d = diag_error("E0072", header_span(rotated[0].adt),
                         "recursive type%s %s %s infinite size", n > 1 ? "s" : "", names,
                         n > 1 ? "have" : "has");
    int shown = n < NAMED_AT_MOST ? n : NAMED_AT_MOST;
    for (int i = 1; i < shown; i++) diag_also_primary(d, header_span(rotated[i].adt));
    for (int i = 0; i < shown; i++) {
        PtrVec spans = {0};
        find_named(w, rotated[i].field->ty_node, rotated[(i + 1) % n].adt, &spans);
        if (spans.len == 0) diag_secondary(d, rotated[i].field->ty_node->span,
                                           "recursive without indirection");
        for (int k = 0; k < spans.len; k++) diag_secondary(d, *(Span *)spans.items[k],
                                                           "recursive without indirection");
    }
    diag_help(d, "insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle");
    diag_emit(d);
}

/* ── the walk ── */

static Verdict adt_verdict(Walk *w, AdtDef *a);

static Verdict type_verdict(Walk *w, Type *t) {
    switch (t->kind) {
    case TY_ARRAY: return type_verdict(w, t->elem);
    case TY_TUPLE:
        for (int i = 0; i < t->nelems; i++)
            if (type_verdict(w, t->elems[i]) == INFINITE) return INFINITE;
        return REPRESENTABLE;
    case TY_ADT: {
        if (!t->adt->is_prelude && adt_verdict(w, t->adt) == INFINITE) return INFINITE;
        uint64_t mask = params_in_repr(w, t->adt);
        for (int i = 0; i < t->nelems && i < 64; i++)
            if ((mask & (1ull << i)) && type_verdict(w, t->elems[i]) == INFINITE) return INFINITE;
        return REPRESENTABLE;
    }
    default: return REPRESENTABLE;
    }
}

static Verdict field_verdict(Walk *w, AdtDef *a, AdtField *f) {
    if (!f->ty) return REPRESENTABLE;
    if (w->depth == w->cap) {
        int cap = w->cap ? w->cap * 2 : 16;
        w->stack = arena_realloc(w->stack, sizeof(Frame) * (size_t)w->cap,
                                 sizeof(Frame) * (size_t)cap);
        w->cap = cap;
    }
    w->stack[w->depth++] = (Frame){a, f};
    Verdict v = type_verdict(w, f->ty);
    w->depth--;
    return v;
}

static Verdict adt_verdict(Walk *w, AdtDef *a) {
    int slot = adt_index(w, a);
    if (slot >= 0 && w->verdicts[slot] == IN_PROGRESS) {
        int from = w->depth;
        while (from > 0 && w->stack[from - 1].adt != a) from--;
        report_cycle(w, from - 1);
        return INFINITE;                        /* the cycle's types record it as they return */
    }
    if (slot >= 0) return w->verdicts[slot];
    slot = w->adts.len;
    ptrvec_push(&w->adts, a);
    w->verdicts = arena_realloc(w->verdicts, sizeof(Verdict) * (size_t)slot,
                                sizeof(Verdict) * (size_t)(slot + 1));
    w->verdicts[slot] = IN_PROGRESS;
    Verdict v = REPRESENTABLE;
    for (int k = 0; v == REPRESENTABLE && k < a->nfields; k++)
        v = field_verdict(w, a, &a->fields[k]);
    for (int i = 0; v == REPRESENTABLE && i < a->nvariants; i++)
        for (int k = 0; v == REPRESENTABLE && k < a->variants[i].nfields; k++)
            v = field_verdict(w, a, &a->variants[i].fields[k]);
    w->verdicts[slot] = v;
    return v;
}

bool check_representability(PtrVec *adt_nodes) {
    Walk w = {0};
    bool any_infinite = false;
    for (int i = 0; i < adt_nodes->len; i++) {
        AdtDef *a = ((Node *)adt_nodes->items[i])->u.adt.def;
        if (!a->is_prelude && adt_verdict(&w, a) == INFINITE) any_infinite = true;
    }
    return any_infinite;
}
