/* expand.c — built-in macros become ordinary AST nodes.
 *
 * Takes: the parsed crate, whose macro calls still hold their argument tokens.
 * Gives: the same crate, checked to nest at most MAX_AST_DEPTH deep, with print!/println!/
 * eprint!/eprintln!/panic!/unreachable!/todo!/unimplemented! turned into N_FORMAT (format
 * strings parsed into pieces and specs, with rustc's errors for bad strings and argument
 * counts), assert!/assert_eq!/assert_ne!/debug_assert* into N_ASSERT, and every other
 * macro reported by name. Inline captures (`{x}`) become path expressions that resolve
 * like any other use of `x`. */
#include "patina.h"

#include <ctype.h>
#include <string.h>

typedef struct MacroArgs {
    NodeList args;
    Sym *names;                                 /* names[i] != 0 for `name = expr` */
    Span span;                                  /* the whole invocation */
} MacroArgs;

static bool name_is(Sym s, const char *name) { return s == sym_cstr(name); }

/* ── format strings ── */

typedef struct FmtBuilder {
    Node *call;                                 /* the macro call being expanded */
    Node *lit;                                  /* the format string literal */
    MacroArgs *ma;
    int first_arg;                              /* index in ma->args of the first format argument */
    int npositional;                            /* explicit arguments without a name */
    FmtPiece *pieces;
    int npieces, cap;
    NodeList args;                              /* N_FORMAT's args: explicit, then captured */
    bool *used;
    int next_implicit;
    bool failed;
    char *pending;                              /* literal text gathered for the next piece */
    size_t pending_len;
    size_t src_offset;                          /* where the string's contents start in source */
    bool raw_offsets;                           /* spans into the string are exact (no escapes) */
} FmtBuilder;

/* The spec of a literal piece and the start of every placeholder's: no options. */
static const FmtSpec plain_spec = {
    .fill = ' ', .width = -1, .width_arg = -1, .precision = -1, .precision_arg = -1,
};

/* Whether byte c may start (or, with later, continue) an argument's name in a format
 * string; every byte of a non-ASCII char counts. */
static bool ident_byte(char c, bool later) {
    return (later ? isalnum((unsigned char)c) : isalpha((unsigned char)c)) || c == '_' ||
           (unsigned char)c >= 0x80;
}

/* Bytes [lo, hi) of the string's contents in the source, when they map onto it; else the
 * whole literal. */
static Span fmt_span(const FmtBuilder *fb, size_t lo, size_t hi) {
    Span sp = fb->lit->span;
    if (fb->raw_offsets) {
        sp.lo = (uint32_t)(fb->src_offset + lo);
        sp.hi = (uint32_t)(fb->src_offset + hi);
    }
    return sp;
}

static void fmt_error(FmtBuilder *fb, size_t lo, size_t hi, const char *msg, const char *label) {
    Diag *d = diag_error(NULL, fmt_span(fb, lo, hi), "invalid format string: %s", msg);
    if (label) diag_label(d, "%s", label);
    diag_emit(d);
    fb->failed = true;
}

static void push_piece(FmtBuilder *fb, int arg, FmtSpec spec, Span sp) {
    if (fb->npieces == fb->cap) {
        int cap = fb->cap ? fb->cap * 2 : 4;
        fb->pieces = arena_realloc(fb->pieces, sizeof(FmtPiece) * (size_t)fb->cap,
                                   sizeof(FmtPiece) * (size_t)cap);
        fb->cap = cap;
    }
    FmtPiece *p = &fb->pieces[fb->npieces++];
    p->lit = fb->pending_len ? arena_strndup(fb->pending, fb->pending_len) : NULL;
    p->lit_len = fb->pending_len;
    p->arg = arg;
    p->spec = spec;
    p->span = sp;
    fb->pending_len = 0;
}

/* Index into fb->args of the argument called `name`: an explicit named argument, or an
 * inline capture of a variable (added on first use). */
static int named_arg(FmtBuilder *fb, const char *name, size_t len, Span sp) {
    Sym s = sym_intern(name, len);
    for (int i = fb->first_arg; i < fb->ma->args.len; i++)
        if (fb->ma->names[i] == s) return i - fb->first_arg;
    int explicit_count = fb->ma->args.len - fb->first_arg;
    for (int i = explicit_count; i < fb->args.len; i++) {
        Node *a = fb->args.items[i];
        if (a->u.path.segs[0] == s) return i;
    }
    if (!ident_byte(name[0], false)) return -1;
    Node *path = ast_new(N_PATH, sp);
    path->u.path.segs = arena_alloc(sizeof(Sym));
    path->u.path.seg_spans = arena_alloc(sizeof(Span));
    path->u.path.segs[0] = s;
    path->u.path.seg_spans[0] = sp;
    path->u.path.nsegs = 1;
    nodelist_push(&fb->args, path);
    return fb->args.len - 1;
}

/* Explicit arguments, named ones included, can be referred to by position. An implicit
 * `{}` past the end is counted and reported once the whole string is read. */
static int positional_arg(FmtBuilder *fb, long index, size_t lo, size_t hi, bool implicit) {
    int explicit_count = fb->ma->args.len - fb->first_arg;
    if (index >= explicit_count) {
        if (implicit) return -2;
        char *msg = arena_printf("invalid reference to positional argument %ld (%s)", index,
                                 explicit_count == 0   ? "no arguments were given"
                                 : explicit_count == 1 ? "there is 1 argument"
                                 : arena_printf("there are %d arguments", explicit_count));
        Span sp = fmt_span(fb, lo, hi);
        Diag *d = diag_error(NULL, sp, "%s", msg);
        diag_emit(d);
        fb->failed = true;
        return -1;
    }
    return (int)index;
}

/* Parses a count (`5`, `name$`, `1$`) at s[*i]; returns true if one was present. */
static bool parse_count(FmtBuilder *fb, const char *s, size_t n, size_t *i, int *value, int *arg,
                        Span sp) {
    size_t j = *i;
    if (j < n && isdigit((unsigned char)s[j])) {
        long v = 0;
        while (j < n && isdigit((unsigned char)s[j])) v = v * 10 + (s[j++] - '0');
        if (j < n && s[j] == '$') {
            *arg = positional_arg(fb, v, *i, j, false);
            *i = j + 1;
            return true;
        }
        *value = (int)(v > 0x7fffffff ? 0x7fffffff : v);
        *i = j;
        return true;
    }
    if (j < n && (isalpha((unsigned char)s[j]) || s[j] == '_')) {
        size_t k = j;
        while (k < n && (isalnum((unsigned char)s[k]) || s[k] == '_')) k++;
        if (k < n && s[k] == '$') {
            *arg = named_arg(fb, s + j, k - j, sp);
            *i = k + 1;
            return true;
        }
    }
    return false;
}

/* One `{...}` at s[start] (after the `{`); returns the index after its `}`. */
static size_t parse_placeholder(FmtBuilder *fb, const char *s, size_t n, size_t start) {
    size_t i = start;
    Span sp = fmt_span(fb, start - 1, start);
    FmtSpec spec = plain_spec;
    int arg;
    bool implicit = false;
    while (i < n && s[i] == ' ') i++;
    if (i < n && isdigit((unsigned char)s[i])) {
        long v = 0;
        size_t lo = i;
        while (i < n && isdigit((unsigned char)s[i])) v = v * 10 + (s[i++] - '0');
        arg = positional_arg(fb, v, lo, i, false);
    } else if (i < n && ident_byte(s[i], false)) {
        size_t lo = i;
        while (i < n && ident_byte(s[i], true)) i++;
        Span asp = fmt_span(fb, lo, i);
        arg = named_arg(fb, s + lo, i - lo, asp);
    } else {
        arg = positional_arg(fb, fb->next_implicit++, start, start, true);
        implicit = true;
    }
    if (i < n && s[i] == ':') {
        i++;
        /* [[fill]align] */
        uint32_t cp = (unsigned char)s[i];
        int cplen = 1;
        if (cp >= 0x80) {
            cplen = cp >= 0xF0 ? 4 : cp >= 0xE0 ? 3 : 2;
            cp &= 0x3F >> (cplen - 1);
            for (int k = 1; k < cplen && i + (size_t)k < n; k++)
                cp = (cp << 6) | ((unsigned char)s[i + (size_t)k] & 0x3F);
        }
        char after_fill = i + (size_t)cplen < n ? s[i + (size_t)cplen] : 0;
        if (after_fill == '<' || after_fill == '>' || after_fill == '^') {
            spec.fill = cp;
            i += (size_t)cplen;
        }
        if (i < n && (s[i] == '<' || s[i] == '>' || s[i] == '^')) {
            spec.align = s[i] == '<'   ? FMT_ALIGN_LEFT
                         : s[i] == '>' ? FMT_ALIGN_RIGHT
                                       : FMT_ALIGN_CENTER;
            i++;
        }
        if (i < n && s[i] == '+') spec.sign_plus = true, i++;
        else if (i < n && s[i] == '-') spec.sign_minus = true, i++;
        if (i < n && s[i] == '#') spec.alternate = true, i++;
        if (i < n && s[i] == '0' && !(i + 1 < n && s[i + 1] == '$')) spec.zero_pad = true, i++;
        parse_count(fb, s, n, &i, &spec.width, &spec.width_arg, sp);
        if (i < n && s[i] == '.') {
            i++;
            if (i < n && s[i] == '*') {
                /* `.*` takes the precision from the next argument; an implicit value comes
                 * after it */
                if (implicit) {
                    spec.precision_arg = arg;
                    arg = positional_arg(fb, fb->next_implicit++, i, i + 1, true);
                } else {
                    spec.precision_arg = positional_arg(fb, fb->next_implicit++, i, i + 1, true);
                }
                i++;
            } else if (!parse_count(fb, s, n, &i, &spec.precision, &spec.precision_arg, sp)) {
                fmt_error(fb, i, i + 1, "expected `}`, found `.`", NULL);
                return n;
            }
        }
        /* type */
        if (i + 1 < n && (s[i] == 'x' || s[i] == 'X') && s[i + 1] == '?') {
            spec.trait = FMT_DEBUG;
            if (s[i] == 'x') spec.debug_lower_hex = true;
            else spec.debug_upper_hex = true;
            i += 2;
        } else if (i < n && s[i] != '}' && s[i] != ' ') {
            switch (s[i]) {
            case '?': spec.trait = FMT_DEBUG; break;
            case 'x': spec.trait = FMT_LOWER_HEX; break;
            case 'X': spec.trait = FMT_UPPER_HEX; break;
            case 'o': spec.trait = FMT_OCTAL; break;
            case 'b': spec.trait = FMT_BINARY; break;
            case 'e': spec.trait = FMT_LOWER_EXP; break;
            case 'E': spec.trait = FMT_UPPER_EXP; break;
            default: {
                size_t k = i;
                while (k < n && s[k] != '}') k++;
                Span tsp = fmt_span(fb, i, k);
                Diag *d = diag_error(NULL, tsp, "unknown format trait `%.*s`", (int)(k - i), s + i);
                diag_emit(d);
                fb->failed = true;
                return k < n ? k + 1 : n;
            }
            }
            i++;
        }
    }
    while (i < n && s[i] == ' ') i++;
    if (i >= n || s[i] != '}') {
        if (i >= n)
            fmt_error(fb, start - 1, start, "expected `}` but string was terminated",
                      "expected `}` in format string");
        else
            fmt_error(fb, i, i + 1, arena_printf("expected `}`, found `%c`", s[i]),
                      "expected `}` in format string");
        return n;
    }
    if (fb->raw_offsets) sp.hi = (uint32_t)(fb->src_offset + i + 1);
    if (arg == -2) arg = -3;                    /* counted below */
    if (arg >= 0 || arg == -3) push_piece(fb, arg, spec, sp);
    return i + 1;
}

static void parse_format_string(FmtBuilder *fb) {
    const char *s = fb->lit->u.lit.str;
    size_t n = fb->lit->u.lit.str_len;
    fb->pending = arena_alloc(n + 1);
    for (size_t i = 0; i < n && !fb->failed;) {
        char c = s[i];
        if (c == '{') {
            if (i + 1 < n && s[i + 1] == '{') {
                fb->pending[fb->pending_len++] = '{';
                i += 2;
            } else {
                i = parse_placeholder(fb, s, n, i + 1);
            }
        } else if (c == '}') {
            if (i + 1 < n && s[i + 1] == '}') {
                fb->pending[fb->pending_len++] = '}';
                i += 2;
            } else {
                fmt_error(fb, i, i + 1, "unmatched `}` found", "unmatched `}` in format string");
                fb->pending_len = 0;
                return;
            }
        } else {
            fb->pending[fb->pending_len++] = c;
            i++;
        }
    }
    if (fb->pending_len) push_piece(fb, -1, plain_spec, fb->lit->span);
}

/* Whether the literal's source text is the plain string (no escapes, not raw), so that
 * byte offsets inside the string map onto the source. */
static void locate_contents(FmtBuilder *fb) {
    size_t len;
    const char *text = span_text(fb->lit->span, &len);
    if (len >= 2 && text[0] == '"' && len - 2 == fb->lit->u.lit.str_len &&
        memcmp(text + 1, fb->lit->u.lit.str, len - 2) == 0) {
        fb->raw_offsets = true;
        fb->src_offset = fb->lit->span.lo + 1;
    }
}

static const char *plural(int n, const char *one, const char *many) { return n == 1 ? one : many; }

/* Builds an N_FORMAT from args[first..] where args[first] must be the format string. */
static Node *build_format(Node *call, MacroArgs *ma, int first, FormatKind kind, bool newline,
                          const char *prefix) {
    Node *fmt = ast_new(N_FORMAT, call->span);
    fmt->u.format.kind = kind;
    fmt->u.format.newline = newline;
    FmtBuilder fb = {.call = call, .ma = ma, .first_arg = first + 1};
    if (first >= ma->args.len) {                /* no format string: println!() / panic!() */
        if (prefix) {
            fb.pending = arena_strndup(prefix, strlen(prefix));
            fb.pending_len = strlen(prefix);
            push_piece(&fb, -1, plain_spec, call->span);
        }
        fmt->u.format.pieces = fb.pieces;
        fmt->u.format.npieces = fb.npieces;
        return fmt;
    }
    Node *lit = ma->args.items[first];
    if (lit->kind != N_LIT_STR) {
        Diag *d = diag_error(NULL, lit->span, "format argument must be a string literal");
        diag_help(d, "you might be missing a string literal to format with: `\"{}\", `");
        diag_emit(d);
        return NULL;
    }
    fb.lit = lit;
    for (int i = first + 1; i < ma->args.len; i++) {
        if (ma->names[i]) continue;
        for (int j = first + 1; j < i; j++)
            if (ma->names[j]) {
                Diag *d = diag_error(NULL, ((Node *)ma->args.items[i])->span,
                                     "positional arguments cannot follow named arguments");
                diag_label(d, "positional arguments must be before named arguments");
                diag_emit(d);
                return NULL;
            }
        fb.npositional++;
    }
    for (int i = first + 1; i < ma->args.len; i++) nodelist_push(&fb.args, ma->args.items[i]);
    locate_contents(&fb);
    if (prefix) {
        size_t pl = strlen(prefix);
        fb.pending = arena_alloc(pl + lit->u.lit.str_len + 1);
        memcpy(fb.pending, prefix, pl);
    }
    /* prefix text (unreachable!: ...) goes before the string's own text */
    char *saved_prefix = prefix ? arena_strndup(prefix, strlen(prefix)) : NULL;
    parse_format_string(&fb);
    if (fb.failed) return NULL;
    if (saved_prefix) {
        if (fb.npieces == 0 || fb.pieces[0].lit == NULL) {
            FmtPiece first_piece = {.lit = saved_prefix, .lit_len = strlen(saved_prefix),
                                    .arg = -1};
            if (fb.npieces > 0) {
                fb.pieces[0].lit = saved_prefix;
                fb.pieces[0].lit_len = strlen(saved_prefix);
            } else {
                fb.pieces = arena_alloc(sizeof(FmtPiece));
                fb.pieces[0] = first_piece;
                fb.npieces = 1;
            }
        } else {
            fb.pieces[0].lit = arena_printf("%s%.*s", saved_prefix, (int)fb.pieces[0].lit_len,
                                            fb.pieces[0].lit);
            fb.pieces[0].lit_len += strlen(saved_prefix);
        }
    }
    /* count placeholders that referred past the explicit arguments */
    int wanted = 0;
    bool missing = false;
    for (int i = 0; i < fb.npieces; i++)
        if (fb.pieces[i].arg == -3) missing = true;
    if (missing) {
        wanted = fb.next_implicit;
        const char *given = fb.npositional == 0
                                ? "no arguments were given"
                                : arena_printf("there %s %d argument%s",
                                               plural(fb.npositional, "is", "are"),
                                               fb.npositional, plural(fb.npositional, "", "s"));
        Diag *d = diag_error(NULL, lit->span, "%d positional argument%s in format string, but %s",
                             wanted, wanted == 1 ? "" : "s", given);
        diag_emit(d);
        return NULL;
    }
    /* every explicit argument must be used */
    int explicit_count = ma->args.len - (first + 1);
    fb.used = arena_alloc(sizeof(bool) * (size_t)(explicit_count + 1));
    for (int i = 0; i < fb.npieces; i++) {
        FmtPiece *p = &fb.pieces[i];
        if (p->arg >= 0 && p->arg < explicit_count) fb.used[p->arg] = true;
        if (p->spec.width_arg >= 0 && p->spec.width_arg < explicit_count)
            fb.used[p->spec.width_arg] = true;
        if (p->spec.precision_arg >= 0 && p->spec.precision_arg < explicit_count)
            fb.used[p->spec.precision_arg] = true;
    }
    int unused = 0;
    Diag *d = NULL;
    for (int i = 0; i < explicit_count; i++) {
        if (fb.used[i]) continue;
        Node *a = fb.args.items[i];
        if (!d) {
            d = diag_error(NULL, a->span, "argument never used");
            diag_label(d, "argument never used");
            diag_secondary(d, lit->span, "formatting specifier missing");
        } else {
            diag_secondary(d, a->span, "argument never used");
        }
        unused++;
    }
    if (d) {
        if (unused > 1) {
            Diag *m = diag_error(NULL, ((Node *)fb.args.items[0])->span,
                                 "multiple unused formatting arguments");
            for (int i = 0; i < explicit_count; i++)
                if (!fb.used[i])
                    diag_secondary(m, ((Node *)fb.args.items[i])->span, "argument never used");
            diag_secondary(m, lit->span, "multiple missing formatting specifiers");
            diag_emit(m);
        } else {
            diag_emit(d);
        }
        return NULL;
    }
    fmt->u.format.pieces = fb.pieces;
    fmt->u.format.npieces = fb.npieces;
    fmt->u.format.args = fb.args;
    return fmt;
}

/* ── assert! condition text, as rustc's pretty-printer writes it ── */

static void print_expr(char **buf, Node *e);

static void appendf(char **buf, const char *s) { *buf = arena_printf("%s%s", *buf, s); }

static void append_source(char **buf, Span sp) {
    size_t n;
    const char *text = span_text(sp, &n);
    *buf = arena_printf("%s%.*s", *buf, (int)n, text);
}

static void print_expr_list(char **buf, NodeList *l, const char *open, const char *close) {
    appendf(buf, open);
    for (int i = 0; i < l->len; i++) {
        if (i) appendf(buf, ", ");
        print_expr(buf, l->items[i]);
    }
    appendf(buf, close);
}

static void print_expr(char **buf, Node *e) {
    switch (e->kind) {
    case N_BINARY:
    case N_ASSIGN:
    case N_COMPOUND_ASSIGN:
        print_expr(buf, e->u.binary.lhs);
        appendf(buf, e->kind == N_ASSIGN ? " = "
                     : e->kind == N_COMPOUND_ASSIGN
                         ? arena_printf(" %s= ", ast_binop_str(e->u.binary.op))
                         : arena_printf(" %s ", ast_binop_str(e->u.binary.op)));
        print_expr(buf, e->u.binary.rhs);
        break;
    case N_UNARY: {
        static const char *const ops[] = {"-", "!", "*", "&", "&mut "};
        appendf(buf, ops[e->u.unary.op]);
        print_expr(buf, e->u.unary.operand);
        break;
    }
    case N_PAREN:
        appendf(buf, "(");
        print_expr(buf, e->u.unary.operand);
        appendf(buf, ")");
        break;
    case N_CALL:
        print_expr(buf, e->u.call.callee);
        print_expr_list(buf, &e->u.call.args, "(", ")");
        break;
    case N_METHOD_CALL:
        print_expr(buf, e->u.call.receiver);
        appendf(buf, arena_printf(".%s", sym_str(e->u.call.method)));
        print_expr_list(buf, &e->u.call.args, "(", ")");
        break;
    case N_FIELD:
        print_expr(buf, e->u.field.base);
        appendf(buf, arena_printf(".%s", sym_str(e->u.field.name)));
        break;
    case N_INDEX:
        print_expr(buf, e->u.binary.lhs);
        appendf(buf, "[");
        print_expr(buf, e->u.binary.rhs);
        appendf(buf, "]");
        break;
    case N_CAST:
        print_expr(buf, e->u.cast.expr);
        appendf(buf, " as ");
        append_source(buf, e->u.cast.ty->span);
        break;
    case N_TUPLE:
        print_expr_list(buf, &e->u.list.elems, "(", e->u.list.elems.len == 1 ? ",)" : ")");
        break;
    default:
        append_source(buf, e->span);
        break;
    }
}

/* ── the macros ── */

static bool get_args(Node *call, MacroArgs *ma) {
    ma->span = call->span;
    Span inner = call->span;
    return parse_macro_args(call->u.macro.toks, call->u.macro.ntoks, inner, &ma->args, &ma->names);
}

static void reject_named(MacroArgs *ma, int from, int to) {
    for (int i = from; i < to && i < ma->args.len; i++)
        if (ma->names[i]) ma->names[i] = 0;
}

static Node *expand_assert(Node *call, AssertKind kind) {
    MacroArgs ma;
    if (!get_args(call, &ma)) return NULL;
    const char *name = sym_str(call->u.macro.name);
    int needed = kind == ASSERT_TRUE ? 1 : 2;
    if (ma.args.len < needed) {
        Diag *d = diag_error(NULL, call->span,
                             kind == ASSERT_TRUE
                                 ? "macro requires a boolean expression as an argument"
                                 : "unexpected end of macro invocation");
        if (kind == ASSERT_TRUE) diag_label(d, "boolean expression required");
        else diag_label(d, "missing tokens in macro arguments");
        (void)name;
        diag_emit(d);
        return NULL;
    }
    reject_named(&ma, 0, needed);
    Node *n = ast_new(N_ASSERT, call->span);
    n->u.assert.kind = kind;
    n->u.assert.lhs = ma.args.items[0];
    if (kind != ASSERT_TRUE) n->u.assert.rhs = ma.args.items[1];
    if (kind == ASSERT_TRUE) {
        char *text = "";
        print_expr(&text, n->u.assert.lhs);
        n->u.assert.cond_text = text;
    }
    if (ma.args.len > needed) {
        n->u.assert.message = build_format(call, &ma, needed, FMTK_PANIC, false, NULL);
        if (!n->u.assert.message) return NULL;
    }
    return n;
}

/* ── vec! ── */

static Node *path_expr(Span sp, const char *first, const char *second) {
    Node *p = ast_new(N_PATH, sp);
    p->u.path.nsegs = second ? 2 : 1;
    p->u.path.segs = arena_alloc(sizeof(Sym) * 2);
    p->u.path.seg_spans = arena_alloc(sizeof(Span) * 2);
    p->u.path.segs[0] = sym_cstr(first);
    if (second) p->u.path.segs[1] = sym_cstr(second);
    p->u.path.seg_spans[0] = p->u.path.seg_spans[1] = sp;
    return p;
}

static Node *call_expr(Span sp, Node *callee, Node *a, Node *b) {
    Node *c = ast_new(N_CALL, sp);
    c->u.call.callee = callee;
    if (a) nodelist_push(&c->u.call.args, a);
    if (b) nodelist_push(&c->u.call.args, b);
    return c;
}

/* `vec![a, b]` is `{ let mut v = Vec::with_capacity(2); v.push(a); v.push(b); v }` (its
 * variable named so that no program can refer to it); `vec![x; n]` is `Vec::from_elem(x, n)`,
 * x cloned n - 1 times. */
static Node *desugar_vec(Node *n) {
    Span sp = n->span;
    if (n->u.repeat.is_repeat)
        return call_expr(sp, path_expr(sp, "Vec", "from_elem"), n->u.repeat.value,
                         n->u.repeat.count);
    NodeList elems = n->u.list.elems;
    static const char *const tmp = "vec!";
    Node *len = ast_new(N_LIT_INT, sp);
    len->u.lit.int_value = (uint64_t)elems.len;
    Node *pat = ast_new(P_IDENT, sp);
    pat->u.pat_ident.name = sym_cstr(tmp);
    pat->u.pat_ident.is_mut = true;
    Node *let = ast_new(N_LET, sp);
    let->u.let.pat = pat;
    let->u.let.init = call_expr(sp, path_expr(sp, "Vec", "with_capacity"), len, NULL);
    Node *block = ast_new(N_BLOCK, sp);
    nodelist_push(&block->u.block.stmts, let);
    for (int i = 0; i < elems.len; i++) {
        Node *e = elems.items[i];
        Node *push = ast_new(N_METHOD_CALL, e->span);
        push->u.call.receiver = path_expr(sp, tmp, NULL);
        push->u.call.method = sym_cstr("push");
        push->u.call.method_span = e->span;
        nodelist_push(&push->u.call.args, e);
        Node *stmt = ast_new(N_EXPR_STMT, e->span);
        stmt->u.expr_stmt.expr = push;
        stmt->u.expr_stmt.has_semi = true;
        nodelist_push(&block->u.block.stmts, stmt);
    }
    block->u.block.tail = path_expr(sp, tmp, NULL);
    return block;
}

static Node *expand_macro(Node *call) {
    Sym name = call->u.macro.name;
    MacroArgs ma;
    if (name_is(name, "println") || name_is(name, "print") || name_is(name, "eprintln") ||
        name_is(name, "eprint")) {
        bool err = name_is(name, "eprintln") || name_is(name, "eprint");
        bool nl = name_is(name, "println") || name_is(name, "eprintln");
        if (!get_args(call, &ma)) return NULL;
        if (!nl && ma.args.len == 0) {
            Diag *d = diag_error(NULL, call->span, "requires at least a format string argument");
            diag_emit(d);
            return NULL;
        }
        return build_format(call, &ma, 0, err ? FMTK_EPRINT : FMTK_PRINT, nl, NULL);
    }
    if (name_is(name, "format")) {
        if (!get_args(call, &ma)) return NULL;
        if (ma.args.len == 0) {
            diag_emit(diag_error(NULL, call->span, "requires at least a format string argument"));
            return NULL;
        }
        return build_format(call, &ma, 0, FMTK_STRING, false, NULL);
    }
    if (name_is(name, "write") || name_is(name, "writeln")) {
        if (!get_args(call, &ma)) return NULL;
        bool nl = name_is(name, "writeln");
        if (ma.args.len == 0 || (!nl && ma.args.len == 1)) {
            Diag *d = diag_error(NULL, call->span, "unexpected end of macro invocation");
            diag_label(d, "missing tokens in macro arguments");
            diag_emit(d);
            return NULL;
        }
        Node *fmt = build_format(call, &ma, 1, FMTK_WRITE, nl, NULL);
        if (fmt) fmt->u.format.dest = ma.args.items[0];
        return fmt;
    }
    if (name_is(name, "vec") || name_is(name, "matches")) {
        Node *r = parse_macro_special(call->u.macro.toks, call->u.macro.ntoks,
                                      name_is(name, "vec"));
        if (r) r->span = call->span;
        return r && r->kind == N_VEC ? desugar_vec(r) : r;
    }
    if (name_is(name, "dbg")) {
        if (!get_args(call, &ma)) return NULL;
        Node *n = ast_new(N_DBG, call->span);
        n->u.list.elems = ma.args;
        return n;
    }
    if (name_is(name, "panic")) {
        if (!get_args(call, &ma)) return NULL;
        if (ma.args.len == 0)
            return build_format(call, &ma, 0, FMTK_PANIC, false, "explicit panic");
        return build_format(call, &ma, 0, FMTK_PANIC, false, NULL);
    }
    struct { const char *name, *bare, *with_msg; } prefixed[] = {
        {"unreachable", "internal error: entered unreachable code",
         "internal error: entered unreachable code: "},
        {"todo", "not yet implemented", "not yet implemented: "},
        {"unimplemented", "not implemented", "not implemented: "},
    };
    for (size_t i = 0; i < sizeof prefixed / sizeof *prefixed; i++) {
        if (!name_is(name, prefixed[i].name)) continue;
        if (!get_args(call, &ma)) return NULL;
        if (ma.args.len == 0)
            return build_format(call, &ma, 0, FMTK_PANIC, false, prefixed[i].bare);
        return build_format(call, &ma, 0, FMTK_PANIC, false, prefixed[i].with_msg);
    }
    if (name_is(name, "assert") || name_is(name, "debug_assert"))
        return expand_assert(call, ASSERT_TRUE);
    if (name_is(name, "assert_eq") || name_is(name, "debug_assert_eq"))
        return expand_assert(call, ASSERT_EQ);
    if (name_is(name, "assert_ne") || name_is(name, "debug_assert_ne"))
        return expand_assert(call, ASSERT_NE);
    static const char *const later[] = {
        "format_args", "concat", "stringify", "line", "column", "file", "include", "include_str",
        "env", "cfg", "compile_error", "thread_local", "macro_rules",
    };
    for (size_t i = 0; i < sizeof later / sizeof *later; i++) {
        if (!name_is(name, later[i])) continue;
        diag_unsupported(call->span, arena_printf("the `%s!` macro", later[i]));
        return NULL;
    }
    Diag *d = diag_error(NULL, call->u.macro.name_span, "cannot find macro `%s` in this scope",
                         sym_str(name));
    diag_emit(d);
    return NULL;
}

/* ── the walk ── */

/* The walk also enforces MAX_AST_DEPTH on the finished tree, before any stage that
 * recurses deeper than this one runs. */
typedef struct Walk {
    int depth;
    bool too_deep;                              /* reported once; nothing deeper is visited */
} Walk;

static void expand_node(Walk *w, Node *n);

static void expand_child(Node *child, const char *role, void *ctx) {
    (void)role;
    expand_node(ctx, child);
}

static void expand_node(Walk *w, Node *n) {
    if (!n || w->too_deep) return;
    if (w->depth >= MAX_AST_DEPTH) {
        parse_report_too_deep(n->span);
        w->too_deep = true;
        return;
    }
    if (n->kind == N_MACRO_CALL) {
        Node *r = expand_macro(n);
        if (!r) {
            /* reported: leave a node the later stages skip silently */
            Span sp = n->span;
            memset(n, 0, sizeof *n);
            n->kind = N_UNSUPPORTED_EXPR;
            n->span = sp;
            return;
        }
        NodeList attrs = n->attrs;
        *n = *r;
        n->attrs = attrs;
    }
    w->depth++;
    ast_visit_children(n, expand_child, w);
    w->depth--;
}

void expand_crate(Node *crate) {
    Walk w = {0};
    expand_node(&w, crate);
}
