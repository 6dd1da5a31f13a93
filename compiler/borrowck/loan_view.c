/* loan_view.c — the borrow checker's record seen line by line.
 *
 * Takes: a BodyLoans (borrows.h: the loans in scope at each location, as the checks saw
 * them, and the errors with their points) and the source file of its body.
 * Gives: its LineView (loan_view.h): each location's line, and per loan and line what the
 * margin shows (created, live, only reserved, an error), and margin columns shared by
 * loans whose lines do not overlap, so that a body with many short loans stays narrow. */
#include "patina.h"
#include "borrowck/loan_view.h"

#include <stdlib.h>
#include <string.h>

int line_of_span(const LineView *v, Span sp) {
    if (!v->file || sp.file != v->record->body->span.file || sp.lo > v->file->len) return 0;
    int lo = 0, hi = v->file->nlines - 1;
    while (lo < hi) {                           /* the last line starting at or before sp.lo */
        int mid = (lo + hi + 1) / 2;
        if (v->file->line_starts[mid] <= sp.lo) lo = mid;
        else hi = mid - 1;
    }
    int line = lo + 1;
    return line >= v->first_line && line <= v->last_line ? line : 0;
}

const char *line_text(const LineView *v, int line, int *len) {
    *len = 0;
    if (!v->file || line < 1 || line > v->file->nlines) return "";
    uint32_t start = v->file->line_starts[line - 1];
    uint32_t end = line < v->file->nlines ? v->file->line_starts[line] : (uint32_t)v->file->len;
    while (end > start && (v->file->text[end - 1] == '\n' || v->file->text[end - 1] == '\r'))
        end--;
    *len = (int)(end - start);
    return v->file->text + start;
}

static void mark(LineView *v, int loan, int line, LoanMark m) {
    if (!line) return;
    unsigned char *cell = &v->marks[loan][line - v->first_line];
    if (*cell < m) *cell = (unsigned char)m;
}

/* A line without code of its own (blank, a comment, a lone brace) between two lines where
 * a loan is marked: the bar passes through it. */
static void fill_gaps(LineView *v, const bool *has_code, int loan) {
    int nlines = v->last_line - v->first_line + 1;
    unsigned char *m = v->marks[loan];
    int previous = -1;                          /* the last line with code, as an index */
    for (int i = 0; i < nlines; i++) {
        if (!has_code[i]) continue;
        if (previous >= 0 && m[previous] && m[i])
            for (int j = previous + 1; j < i; j++) m[j] = MARK_LIVE;
        previous = i;
    }
}

/* Greedy colouring of the loans' line intervals, in order of their first line. */
static void assign_columns(LineView *v) {
    int n = v->record->nloans;
    int *order = arena_alloc(sizeof(int) * (size_t)(n + 1));
    int norder = 0;
    for (int k = 0; k < n; k++)
        if (v->first_live[k]) order[norder++] = k;
    for (int i = 1; i < norder; i++) {          /* insertion sort: stable, loans are few */
        int k = order[i], j = i;
        for (; j > 0 && v->first_live[order[j - 1]] > v->first_live[k]; j--)
            order[j] = order[j - 1];
        order[j] = k;
    }
    int *column_end = arena_alloc(sizeof(int) * (size_t)(n + 1));   /* last line, per column */
    for (int i = 0; i < norder; i++) {
        int k = order[i], c = 0;
        while (c < v->ncolumns && column_end[c] >= v->first_live[k]) c++;
        if (c == v->ncolumns) v->ncolumns++;
        column_end[c] = v->last_live[k];
        v->column[k] = c;
    }
}

/* The block of a fn's or closure's body, or NULL. */
static const Node *body_block(const Body *body) {
    const Node *fn = body->def ? body->def->node : NULL;
    return !fn ? NULL : fn->kind == N_FN ? fn->u.fn.body
           : fn->kind == N_CLOSURE ? fn->u.closure.body : NULL;
}

/* The body's source: from its fn's or closure's head to the end of its block. */
static Span body_source_span(const Body *body) {
    const Node *fn = body->def ? body->def->node : NULL;
    const Node *block = body_block(body);
    Span span = body->span;
    if (fn && fn->span.file == span.file) span = span_join(span, fn->span);
    if (block && block->span.file == span.file) span = span_join(span, block->span);
    return span;
}

/* Where a location is in the source. A scope's StorageDead and drops carry the scope's
 * span, and so does the store of the value of a block that has none: they happen at its
 * end, the line of its closing brace. */
static Span location_span(const Block *bb, int s, Span body_block) {
    bool at_end = s < bb->nstmts ? bb->stmts[s].kind == ST_STORAGE_DEAD
                                 : bb->term.kind == TM_DROP;
    Span span = s < bb->nstmts ? bb->stmts[s].span : bb->term.span;
    at_end |= span.file == body_block.file && span.lo <= body_block.lo &&
              span.hi >= body_block.hi;
    if (at_end && span.hi > span.lo) span.lo = span.hi - 1;
    return span;
}

/* The blocks the flow reaches without unwinding: what the source shows. The cleanup
 * blocks a panic runs have the spans of the drops they repeat, not lines of their own. */
static bool *blocks_without_unwinding(const Body *body, const Cfg *cfg) {
    bool *normal = arena_alloc(sizeof(bool) * (size_t)(body->nblocks + 1));
    int *stack = arena_alloc(sizeof(int) * (size_t)(body->nblocks + 1));
    int top = 0;
    if (body->nblocks) normal[0] = true, stack[top++] = 0;
    while (top) {
        int b = stack[--top];
        int nsucc = cfg->nsucc[b] - (cfg->unwinds[b] ? 1 : 0);
        for (int i = 0; i < nsucc; i++) {
            int next = cfg->succ[b][i];
            if (!normal[next]) normal[next] = true, stack[top++] = next;
        }
    }
    return normal;
}

LineView *line_view_of(const BodyLoans *record) {
    Body *body = record->body;
    Span source = body_source_span(body);
    const Cfg *cfg = ir_cfg(body);
    LineView *v = arena_alloc(sizeof *v);
    v->record = record;
    v->file = source_get(body->span.file);
    v->first_line = 1;                          /* till the body's lines are known: any */
    v->last_line = v->file ? v->file->nlines : 1;
    v->first_line = line_of_span(v, source);
    v->last_line = line_of_span(v, (Span){source.file, source.hi ? source.hi - 1 : 0, source.hi});
    if (!v->first_line) v->first_line = v->last_line = 1;
    if (v->last_line < v->first_line) v->last_line = v->first_line;
    int nlines = v->last_line - v->first_line + 1;
    int n = record->nloans;

    v->line_of = arena_alloc(sizeof(int) * (size_t)(cfg->nlocations + 1));
    v->first_location = arena_alloc(sizeof(int) * (size_t)nlines);
    bool *has_code = arena_alloc(sizeof(bool) * (size_t)nlines);
    for (int i = 0; i < nlines; i++) v->first_location[i] = -1;
    bool *normal = blocks_without_unwinding(body, cfg);
    Span block_span = body_block(body) ? body_block(body)->span : SPAN_NONE;
    for (int i = 0; i < cfg->nrpo; i++) {
        int b = cfg->rpo[i];
        if (!normal[b]) continue;
        const Block *bb = &body->blocks[b];
        for (int s = 0; s <= bb->nstmts; s++) {
            /* a jump's span is wherever the construct it ends began (a return's, the fn's
             * head): it is no line's code */
            if (s == bb->nstmts && (bb->term.kind == TM_RETURN || bb->term.kind == TM_GOTO ||
                                    bb->term.kind == TM_UNREACHABLE))
                continue;
            int here = cfg_location(cfg, b, s);
            int line = line_of_span(v, location_span(bb, s, block_span));
            v->line_of[here] = line;
            if (!line) continue;
            has_code[line - v->first_line] = true;
            if (v->first_location[line - v->first_line] < 0)
                v->first_location[line - v->first_line] = here;
        }
    }

    /* the head's line starts where the body does: with the arguments */
    if (v->first_location[0] < 0 && body->nblocks) v->first_location[0] = 0;

    v->marks = arena_alloc(sizeof(unsigned char *) * (size_t)(n + 1));
    v->created_line = arena_alloc(sizeof(int) * (size_t)(n + 1));
    v->first_live = arena_alloc(sizeof(int) * (size_t)(n + 1));
    v->last_live = arena_alloc(sizeof(int) * (size_t)(n + 1));
    v->column = arena_alloc(sizeof(int) * (size_t)(n + 1));
    for (int k = 0; k < n; k++) {
        v->marks[k] = arena_alloc((size_t)nlines);
        v->column[k] = -1;
        for (int l = bitset_next_set(&record->in_scope[k], 0); l >= 0;
             l = bitset_next_set(&record->in_scope[k], l + 1))
            mark(v, k, v->line_of[l],
                 bitset_get(&record->reserved[k], l) ? MARK_RESERVED : MARK_LIVE);
        v->created_line[k] = line_of_span(v, record->loans[k].span);
        mark(v, k, v->created_line[k], MARK_CREATED);
    }
    for (int e = 0; e < record->nerrors; e++)
        mark(v, record->errors[e].loan, line_of_span(v, record->errors[e].access), MARK_ERROR);
    for (int k = 0; k < n; k++) {
        fill_gaps(v, has_code, k);
        for (int i = 0; i < nlines; i++) {
            if (!v->marks[k][i]) continue;
            if (!v->first_live[k]) v->first_live[k] = v->first_line + i;
            v->last_live[k] = v->first_line + i;
        }
    }
    assign_columns(v);
    return v;
}

static int compare_ints(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int *lines_of_locations(const LineView *v, const BitSet *locations) {
    int n = 0;
    for (int l = bitset_next_set(locations, 0); l >= 0; l = bitset_next_set(locations, l + 1))
        n++;
    int *lines = arena_alloc(sizeof(int) * (size_t)(n + 1));
    int m = 0;
    for (int l = bitset_next_set(locations, 0); l >= 0; l = bitset_next_set(locations, l + 1))
        if (v->line_of[l]) lines[m++] = v->line_of[l];
    qsort(lines, (size_t)m, sizeof(int), compare_ints);
    int distinct = 0;
    for (int i = 0; i < m; i++)
        if (!distinct || lines[distinct - 1] != lines[i]) lines[distinct++] = lines[i];
    lines[distinct] = 0;
    return lines;
}

const char *body_title(const Body *body) {
    const Def *def = body->def;
    if (!def || !def->name) return "body";
    if (def->node && def->node->kind == N_CLOSURE) {
        int line, col;
        source_line_col(def->node->span, &line, &col);
        return arena_printf("closure at line %d", line);
    }
    if (def->adt) return arena_printf("fn %s::%s", sym_str(def->adt->name), sym_str(def->name));
    return arena_printf("fn %s", sym_str(def->name));
}

const char *borrow_kind_name(BorrowKind kind) {
    switch (kind) {
    case BORROW_SHARED: return "shared";
    case BORROW_MUT: return "mut";
    case BORROW_TWO_PHASE: return "two-phase";
    case BORROW_UNIQUE: return "unique";
    case BORROW_SHALLOW: return "shallow";
    }
    return "?";
}

/* The borrow's source text shown for a temporary's loan: its first line, this long at most. */
#define TEMPORARY_TEXT_MAX 32

const char *loan_place_text(const LineView *v, int loan) {
    if (v->record->names[loan]) return v->record->names[loan];
    size_t len;
    const char *text = span_text(v->record->loans[loan].span, &len);
    if (!text) return "temporary";
    size_t shown = 0;
    while (shown < len && text[shown] != '\n' && shown < TEMPORARY_TEXT_MAX) shown++;
    return arena_printf("temporary `%.*s`%s", (int)shown, text, shown < len ? "..." : "");
}

char loan_letter(int loan) {
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    return loan < (int)sizeof letters - 1 ? letters[loan] : '#';
}

static int compare_bodies(const void *a, const void *b) {
    const Body *x = (*(BodyLoans *const *)a)->body, *y = (*(BodyLoans *const *)b)->body;
    if (x->span.file != y->span.file) return x->span.file < y->span.file ? -1 : 1;
    return (x->span.lo > y->span.lo) - (x->span.lo < y->span.lo);
}

int written_bodies_in_source_order(const BorrowckRecord *record, BodyLoans ***out) {
    BodyLoans **bodies = arena_alloc(sizeof *bodies * (size_t)(record->nbodies + 1));
    int n = 0;
    for (int i = 0; i < record->nbodies; i++) {
        const Def *def = record->bodies[i]->body->def;
        if (def && def->node) bodies[n++] = record->bodies[i];
    }
    qsort(bodies, (size_t)n, sizeof *bodies, compare_bodies);
    *out = bodies;
    return n;
}
