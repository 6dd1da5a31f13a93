/* parse_build.c — the AST constructors the lemon grammar's actions call.
 *
 * Takes: tokens and already-built nodes from a grammar rule.
 * Gives: one AST node with its span (the union of its parts) and fields filled in.
 * Each constructor does one thing; the grammar file stays a readable list of rules. */
#include "syntax/parse_internal.h"

#include <string.h>

Span tspan(const Token *t) { return t->span; }

Node *parse_unsupported_span(ParseState *ps, Span sp, const char *feature) {
    (void)ps;
    Node *n = ast_new(N_UNSUPPORTED_EXPR, sp);
    n->u.unsupported.feature = feature;
    return n;
}

Node *parse_fn_head(ParseState *ps, const Token *fn_tok, const Token *name, Node *generics,
                    NodeList *params, Node *ret) {
    (void)ps;
    Node *n = ast_new(N_FN, span_join(fn_tok->span, name->span));
    n->u.fn.name = name->sym;
    n->u.fn.name_span = name->span;
    n->u.fn.params = *params;
    n->u.fn.ret = ret;
    n->u.fn.generics = generics;
    n->u.fn.has_generics = generics != NULL;
    return n;
}

void parse_fn_quals(Node *fn, unsigned q) {
    fn->u.fn.is_const = q & FQ_CONST;
    fn->u.fn.is_async = q & FQ_ASYNC;
    fn->u.fn.is_unsafe = q & FQ_UNSAFE;
    if (q & FQ_EXTERN) fn->u.fn.abi = q & FQ_ABI_RUST ? "Rust" : q & FQ_ABI_OTHER ? "other" : "C";
}

unsigned parse_abi_flag(const Token *abi) {
    if (abi->v.str.len == 1 && abi->v.str.bytes[0] == 'C') return FQ_ABI_C;
    if (abi->v.str.len == 4 && memcmp(abi->v.str.bytes, "Rust", 4) == 0) return FQ_ABI_RUST;
    return FQ_ABI_OTHER;
}

/* Attaches a where clause to generics (creating them if absent) and the generics to the
 * fn, struct, trait ... that owns them. */
static Node *with_where(Node *generics, NodeList *where, Span at) {
    if (!where || where->len == 0) return generics;
    if (!generics) generics = ast_new(N_GENERICS, at);
    for (int i = 0; i < where->len; i++)
        nodelist_push(&generics->u.generics.where, where->items[i]);
    return generics;
}

void parse_where(Node *generics, NodeList *where, Node *owner) {
    owner->u.fn.generics = with_where(generics, where, owner->span);
}

Node *parse_fn_body(Node *head, Node *block) {
    head->u.fn.body = block;
    return head;
}

Node *parse_param(Node *pat, Node *ty) {
    Node *n = ast_new(N_PARAM, span_join(pat->span, ty->span));
    n->u.param.pat = pat;
    n->u.param.ty = ty;
    return n;
}

Node *parse_list_node(NodeKind kind, const Token *l, const Token *r, NodeList *elems) {
    Node *n = ast_new(kind, span_join(l->span, r->span));
    if (elems) n->u.list.elems = *elems;
    return n;
}

Node *parse_ref_type(const Token *amp, const Token *lifetime, bool is_mut, Node *inner,
                     bool doubled) {
    Node *n = ast_new(T_REF, span_join(amp->span, inner->span));
    n->u.ty_ref.is_mut = is_mut;
    n->u.ty_ref.lifetime = lifetime ? lifetime->sym : 0;
    if (lifetime) n->u.ty_ref.lifetime_span = lifetime->span;
    n->u.ty_ref.inner = inner;
    if (!doubled) return n;
    Node *outer = ast_new(T_REF, n->span);
    outer->u.ty_ref.inner = n;
    return outer;
}

Node *parse_leaf(NodeKind kind, const Token *t) { return ast_new(kind, t->span); }

PathBuilder *parse_path_start(ParseState *ps, const Token *t, bool global) {
    (void)ps;
    PathBuilder *pb = arena_alloc(sizeof *pb);
    pb->global = global;
    pb->span = t->span;
    return parse_path_push(pb, t);
}

PathBuilder *parse_path_push(PathBuilder *pb, const Token *t) {
    if (pb->len == pb->cap) {
        int cap = pb->cap ? pb->cap * 2 : 4;
        pb->segs = arena_realloc(pb->segs, sizeof(Sym) * (size_t)pb->cap,
                                 sizeof(Sym) * (size_t)cap);
        pb->spans = arena_realloc(pb->spans, sizeof(Span) * (size_t)pb->cap,
                                  sizeof(Span) * (size_t)cap);
        pb->args = arena_realloc(pb->args, sizeof(Node *) * (size_t)pb->cap,
                                 sizeof(Node *) * (size_t)cap);
        pb->cap = cap;
    }
    Sym s = t->sym;
    if (!s) {
        size_t n;
        const char *text = span_text(t->span, &n);
        s = sym_intern(text, n);
    }
    pb->segs[pb->len] = s;
    pb->spans[pb->len++] = t->span;
    pb->span = span_join(pb->span, t->span);
    return pb;
}

Node *parse_finish_path(NodeKind kind, PathBuilder *pb) {
    Node *n = ast_new(kind, pb->span);
    n->u.path.segs = pb->segs;
    n->u.path.seg_spans = pb->spans;
    n->u.path.seg_args = pb->has_args ? pb->args : NULL;
    n->u.path.nsegs = pb->len;
    n->u.path.global = pb->global;
    return n;
}

PathBuilder *parse_path_args(PathBuilder *pb, Node *args) {
    if (!args) return pb;
    pb->args[pb->len - 1] = args;
    pb->has_args = true;
    pb->span = span_join(pb->span, args->span);
    return pb;
}

Node *parse_pat_ident(ParseState *ps, const Token *ref_tok, const Token *mut_tok, const Token *name,
                      Node *subpat) {
    (void)ps;
    Span sp = name->span;
    if (ref_tok) sp = span_join(sp, ref_tok->span);
    if (mut_tok) sp = span_join(sp, mut_tok->span);
    if (subpat) sp = span_join(sp, subpat->span);
    Node *n = ast_new(P_IDENT, sp);
    n->u.pat_ident.subpat = subpat;
    n->u.pat_ident.name = name->sym;
    n->u.pat_ident.by_ref = ref_tok != NULL;
    n->u.pat_ident.is_mut = mut_tok != NULL;
    return n;
}

Node *parse_pat_lit(Node *lit) {
    Node *n = ast_new(P_LIT, lit->span);
    n->u.unary.operand = lit;
    return n;
}

Node *parse_neg(const Token *minus, Node *e) { return parse_unary(UN_NEG, minus, e); }

Node *parse_literal(ParseState *ps, const Token *t) {
    (void)ps;
    Node *n;
    switch (t->kind) {
    case TK_INT:
        n = ast_new(N_LIT_INT, t->span);
        n->u.lit.int_value = t->v.int_value;
        n->u.lit.too_large = t->int_too_large;
        break;
    case TK_FLOAT:
        n = ast_new(N_LIT_FLOAT, t->span);
        n->u.lit.float_value = t->v.float_value;
        break;
    case TK_STR:
        n = ast_new(N_LIT_STR, t->span);
        n->u.lit.str = t->v.str.bytes;
        n->u.lit.str_len = t->v.str.len;
        break;
    case TK_CHAR:
        n = ast_new(N_LIT_CHAR, t->span);
        n->u.lit.char_value = t->v.char_value;
        break;
    case TK_BYTE:
        n = ast_new(N_LIT_INT, t->span);
        n->u.lit.int_value = t->v.char_value;
        n->u.lit.suffix = sym_cstr("u8");
        return n;
    case TK_BYTESTR:
        n = ast_new(N_LIT_BYTE_STR, t->span);
        n->u.lit.str = t->v.str.bytes;
        n->u.lit.str_len = t->v.str.len;
        return n;
    case TK_TRUE:
    case TK_FALSE:
        n = ast_new(N_LIT_BOOL, t->span);
        n->u.lit.bool_value = t->kind == TK_TRUE;
        return n;
    default:
        return parse_unsupported_span(NULL, t->span, "this literal");
    }
    n->u.lit.suffix = t->suffix;
    return n;
}

static bool is_blocklike(const Node *e) {
    switch (e->kind) {
    case N_BLOCK: case N_IF: case N_WHILE: case N_LOOP: case N_FOR: case N_MATCH: return true;
    default: return false;
    }
}

Node *parse_block(const Token *l, NodeList *stmts, Node *tail, const Token *r) {
    Node *n = ast_new(N_BLOCK, span_join(l->span, r->span));
    n->u.block.stmts = *stmts;
    if (!tail && stmts->len > 0) {
        Node *last = stmts->items[stmts->len - 1];
        if (last->kind == N_EXPR_STMT && !last->u.expr_stmt.has_semi &&
            is_blocklike(last->u.expr_stmt.expr)) {
            tail = last->u.expr_stmt.expr;
            n->u.block.stmts.len--;
        }
    }
    n->u.block.tail = tail;
    return n;
}

void parse_push_stmt(NodeList *stmts, Node *stmt) {
    if (stmt->kind == N_EMPTY_STMT) {
        if (stmts->len > 0) {
            Node *last = stmts->items[stmts->len - 1];
            if (last->kind == N_EXPR_STMT && !last->u.expr_stmt.has_semi) {
                last->u.expr_stmt.has_semi = true;
                last->span = span_join(last->span, stmt->span);
            }
        }
        return;
    }
    nodelist_push(stmts, stmt);
}

Node *parse_let(const Token *let_tok, Node *pat, Node *ty, Node *init, Node *else_block,
                const Token *semi) {
    Node *n = ast_new(N_LET, span_join(let_tok->span, semi->span));
    n->u.let.pat = pat;
    n->u.let.ty = ty;
    n->u.let.init = init;
    n->u.let.else_block = else_block;
    return n;
}

Node *parse_expr_stmt(Node *e, bool semi, const Token *semi_tok) {
    Node *n = ast_new(N_EXPR_STMT, semi_tok ? span_join(e->span, semi_tok->span) : e->span);
    n->u.expr_stmt.expr = e;
    n->u.expr_stmt.has_semi = semi;
    return n;
}

Node *parse_item_stmt(Node *item) {
    Node *n = ast_new(N_ITEM_STMT, item->span);
    n->u.item_stmt.item = item;
    return n;
}

Node *parse_unsafe_block(const Token *unsafe_tok, Node *block) {
    block->span = span_join(unsafe_tok->span, block->span);
    block->u.block.is_unsafe = true;
    return block;
}

Node *parse_label(const Token *label, Node *target) {
    target->span = span_join(label->span, target->span);
    if (target->kind == N_BLOCK) {
        target->u.block.label = label->sym;
        return target;
    }
    target->u.loop.label = label->sym;
    target->u.loop.label_span = label->span;
    return target;
}

Node *parse_if(const Token *if_tok, Node *cond, Node *then_block, Node *else_branch) {
    Node *n = ast_new(N_IF, span_join(if_tok->span,
                                      else_branch ? else_branch->span : then_block->span));
    n->u.if_.cond = cond;
    n->u.if_.then_block = then_block;
    n->u.if_.else_branch = else_branch;
    return n;
}

Node *parse_loop(NodeKind kind, const Token *kw, Node *pat, Node *cond, Node *iter, Node *body) {
    Node *n = ast_new(kind, span_join(kw->span, body->span));
    n->u.loop.pat = pat;
    n->u.loop.cond = cond;
    n->u.loop.iter = iter;
    n->u.loop.body = body;
    return n;
}

Node *parse_binary(NodeKind kind, BinOp op, Node *l, Node *r) {
    Node *n = ast_new(kind, span_join(l->span, r->span));
    n->u.binary.op = op;
    n->u.binary.lhs = l;
    n->u.binary.rhs = r;
    return n;
}

Node *parse_range(const Token *start, Node *lo, Node *hi, bool inclusive, const Token *end) {
    Span sp = start ? start->span : lo->span;
    sp = span_join(sp, hi ? hi->span : end->span);
    Node *n = ast_new(N_RANGE, sp);
    n->u.range.lo = lo;
    n->u.range.hi = hi;
    n->u.range.inclusive = inclusive;
    return n;
}

Node *parse_cast(Node *e, Node *ty) {
    Node *n = ast_new(N_CAST, span_join(e->span, ty->span));
    n->u.cast.expr = e;
    n->u.cast.ty = ty;
    return n;
}

Node *parse_unary(UnaryOp op, const Token *t, Node *e) {
    Node *n = ast_new(N_UNARY, span_join(t->span, e->span));
    n->u.unary.op = op;
    n->u.unary.operand = e;
    return n;
}

Node *parse_field(Node *base, const Token *name) {
    Node *n = ast_new(N_FIELD, span_join(base->span, name->span));
    n->u.field.base = base;
    n->u.field.name_span = name->span;
    if (name->kind == TK_INT) {
        n->u.field.is_index = true;
        n->u.field.index = (uint32_t)name->v.int_value;
        size_t len;
        const char *text = span_text(name->span, &len);
        n->u.field.name = sym_intern(text, len);
    } else {
        n->u.field.name = name->sym;
    }
    return n;
}

Node *parse_method_call(Node *recv, const Token *name, Node *turbofish, NodeList *args,
                        const Token *rparen) {
    Node *n = ast_new(N_METHOD_CALL, span_join(recv->span, rparen->span));
    n->u.call.turbofish = turbofish;
    n->u.call.receiver = recv;
    n->u.call.method = name->sym;
    n->u.call.method_span = name->span;
    n->u.call.args = *args;
    return n;
}

Node *parse_call(Node *callee, NodeList *args, const Token *rparen) {
    Node *n = ast_new(N_CALL, span_join(callee->span, rparen->span));
    n->u.call.callee = callee;
    n->u.call.args = *args;
    return n;
}

Node *parse_index(Node *base, Node *index, const Token *rbracket) {
    Node *n = ast_new(N_INDEX, span_join(base->span, rbracket->span));
    n->u.binary.lhs = base;
    n->u.binary.rhs = index;
    return n;
}

Node *parse_paren(const Token *l, Node *e, const Token *r) {
    Node *n = ast_new(N_PAREN, span_join(l->span, r->span));
    n->u.unary.operand = e;
    return n;
}

Node *parse_jump(NodeKind kind, const Token *kw, const Token *label, Node *value) {
    Span sp = kw->span;
    if (label) sp = span_join(sp, label->span);
    if (value) sp = span_join(sp, value->span);
    Node *n = ast_new(kind, sp);
    if (label) {
        n->u.jump.label = label->sym;
        n->u.jump.label_span = label->span;
    }
    n->u.jump.value = value;
    return n;
}

Node *parse_macro_call(ParseState *ps, PathBuilder *path, const Token *tt) {
    (void)ps;
    Node *n = ast_new(N_MACRO_CALL, span_join(path->span, tt->span));
    n->u.macro.name = path->segs[path->len - 1];
    n->u.macro.name_span = path->spans[path->len - 1];
    n->u.macro.toks = (const Token *)tt->v.str.bytes;
    n->u.macro.ntoks = (int)tt->v.str.len;
    const char *d = sym_str(tt->sym);
    n->u.macro.delim = d[0];
    return n;
}

/* ── items ── */

Node *parse_item(Node *item, NodeList *attrs, Visibility vis) {
    if (attrs && attrs->len) {
        item->attrs = *attrs;
        item->span = span_join(((Node *)attrs->items[0])->span, item->span);
    }
    item->vis = vis;
    if (item->kind == N_FN) item->u.fn.is_pub = vis != VIS_PRIVATE;
    return item;
}

Node *parse_attr(const Token *t) {
    Node *n = ast_new(N_ATTR, t->span);
    n->u.attr.path = t->sym;
    n->u.attr.toks = (const Token *)t->v.str.bytes;
    n->u.attr.ntoks = (int)t->v.str.len;
    n->u.attr.is_inner = t->kind == TK_INNER_ATTR;
    return n;
}

Node *parse_macro_rules(const Token *t) {
    Node *n = ast_new(N_MACRO_RULES, t->span);
    n->u.macro.name = t->sym;
    n->u.macro.name_span = t->span;
    n->u.macro.toks = (const Token *)t->v.str.bytes;
    n->u.macro.ntoks = (int)t->v.str.len;
    n->u.macro.delim = '{';
    return n;
}

Node *parse_self_param(const Token *first, const Token *amp, const Token *lifetime, bool by_ref,
                       bool is_mut, const Token *self_tok, Node *ty) {
    (void)amp;
    Node *n = ast_new(N_SELF_PARAM, span_join(first->span, ty ? ty->span : self_tok->span));
    n->u.self_param.by_ref = by_ref;
    n->u.self_param.is_mut = is_mut;
    n->u.self_param.lifetime = lifetime ? lifetime->sym : 0;
    if (lifetime) n->u.self_param.lifetime_span = lifetime->span;
    n->u.self_param.ty = ty;
    return n;
}

Node *parse_generics(const Token *l, NodeList *params, const Token *r) {
    Node *n = ast_new(N_GENERICS, span_join(l->span, r->span));
    n->u.generics.params = *params;
    return n;
}

Node *parse_generic_param(int kind, const Token *name, NodeList *bounds, Node *ty,
                          Node *default_value) {
    Node *n = ast_new(N_GENERIC_PARAM, name->span);
    n->u.generic_param.kind = kind;
    n->u.generic_param.name = name->sym;
    if (bounds) n->u.generic_param.bounds = *bounds;
    n->u.generic_param.ty = ty;
    n->u.generic_param.default_value = default_value;
    return n;
}

Node *parse_lifetime_bound(const Token *lifetime) {
    Node *n = ast_new(N_BOUND, lifetime->span);
    n->u.bound.kind = BOUND_LIFETIME;
    n->u.bound.lifetime = lifetime->sym;
    return n;
}

Node *parse_trait_bound(Node *path, Node *hrtb, bool maybe) {
    Node *n = ast_new(N_BOUND, hrtb ? span_join(hrtb->span, path->span) : path->span);
    n->u.bound.kind = maybe ? BOUND_MAYBE : BOUND_TRAIT;
    n->u.bound.path = path;
    n->u.bound.hrtb = hrtb;
    return n;
}

Node *parse_where_pred(Node *ty, const Token *lifetime, NodeList *bounds, Node *hrtb) {
    Node *n = ast_new(N_WHERE_PRED, ty ? ty->span : lifetime->span);
    n->u.where_pred.ty = ty;
    n->u.where_pred.lifetime = lifetime ? lifetime->sym : 0;
    n->u.where_pred.bounds = *bounds;
    n->u.where_pred.hrtb = hrtb;
    if (bounds->len) n->span = span_join(n->span, ((Node *)bounds->items[bounds->len - 1])->span);
    return n;
}

Node *parse_adt(NodeKind kind, const Token *kw, const Token *name, Node *generics, NodeList *where,
                AdtShape shape, NodeList *fields, const Token *end) {
    Node *n = ast_new(kind, span_join(kw->span, end->span));
    n->u.adt.name = name->sym;
    n->u.adt.name_span = name->span;
    n->u.adt.generics = with_where(generics, where, n->span);
    n->u.adt.shape = shape;
    if (fields) n->u.adt.fields = *fields;
    return n;
}

Node *parse_field_def(NodeList *attrs, Visibility vis, const Token *name, Node *ty) {
    Node *n = ast_new(N_FIELD_DEF, name ? span_join(name->span, ty->span) : ty->span);
    n->u.field_def.name = name ? name->sym : 0;
    n->u.field_def.name_span = name ? name->span : ty->span;
    n->u.field_def.ty = ty;
    return parse_item(n, attrs, vis);
}

Node *parse_enum(const Token *kw, const Token *name, Node *generics, NodeList *where,
                 NodeList *variants, const Token *end) {
    Node *n = parse_adt(N_ENUM, kw, name, generics, where, SHAPE_NAMED, NULL, end);
    n->u.adt.variants = *variants;
    return n;
}

Node *parse_variant(NodeList *attrs, const Token *name, AdtShape shape, NodeList *fields,
                    Node *discriminant, const Token *end) {
    Node *n = ast_new(N_VARIANT,
                      span_join(name->span, discriminant ? discriminant->span : end->span));
    n->u.adt.name = name->sym;
    n->u.adt.name_span = name->span;
    n->u.adt.shape = shape;
    if (fields) n->u.adt.fields = *fields;
    n->u.adt.discriminant = discriminant;
    return parse_item(n, attrs, VIS_PRIVATE);
}

Node *parse_impl_head(const Token *kw, bool is_unsafe, Node *generics, Node *trait_ref,
                      Node *self_ty, NodeList *where, bool negative) {
    Node *n = ast_new(N_IMPL, span_join(kw->span, self_ty->span));
    n->u.impl.generics = with_where(generics, where, n->span);
    n->u.impl.trait_ref = trait_ref;
    n->u.impl.self_ty = self_ty;
    n->u.impl.is_unsafe = is_unsafe;
    n->u.impl.negative = negative;
    return n;
}

Node *parse_impl_body(Node *head, NodeList *items, const Token *end) {
    head->u.impl.items = *items;
    head->span = span_join(head->span, end->span);
    return head;
}

Node *parse_trait_head(const Token *kw, bool is_unsafe, const Token *name, Node *generics,
                       NodeList *supertraits, NodeList *where) {
    Node *n = ast_new(N_TRAIT, span_join(kw->span, name->span));
    n->u.trait.name = name->sym;
    n->u.trait.name_span = name->span;
    n->u.trait.generics = with_where(generics, where, n->span);
    n->u.trait.supertraits = *supertraits;
    n->u.trait.is_unsafe = is_unsafe;
    return n;
}

Node *parse_trait_body(Node *head, NodeList *items, const Token *end) {
    head->u.trait.items = *items;
    head->span = span_join(head->span, end->span);
    return head;
}

Node *parse_value_item(NodeKind kind, const Token *kw, const Token *name, Node *ty, Node *value,
                       bool is_mut, const Token *end) {
    Node *n = ast_new(kind, span_join(kw->span, end->span));
    n->u.value_item.name = name->sym ? name->sym : sym_cstr("_");
    n->u.value_item.name_span = name->span;
    n->u.value_item.ty = ty;
    n->u.value_item.value = value;
    n->u.value_item.is_mut = is_mut;
    return n;
}

Node *parse_type_alias(const Token *kw, const Token *name, Node *generics, NodeList *bounds,
                       NodeList *where, Node *ty, const Token *end) {
    Node *n = ast_new(N_TYPE_ALIAS, span_join(kw->span, end->span));
    n->u.type_alias.name = name->sym;
    n->u.type_alias.name_span = name->span;
    n->u.type_alias.generics = with_where(generics, where, n->span);
    n->u.type_alias.bounds = *bounds;
    n->u.type_alias.ty = ty;
    return n;
}

Node *parse_mod(const Token *kw, const Token *name, NodeList *items, const Token *end) {
    Node *n = ast_new(N_MOD, span_join(kw->span, end->span));
    n->u.mod_.name = name->sym;
    n->u.mod_.name_span = name->span;
    n->u.mod_.is_inline = items != NULL;
    if (items) n->u.mod_.items = *items;
    return n;
}

Node *parse_use(const Token *kw, Node *tree, const Token *end) {
    Node *n = ast_new(N_USE, span_join(kw->span, end->span));
    n->u.use_tree.children.len = 0;
    nodelist_push(&n->u.use_tree.children, tree);
    return n;
}

Node *parse_use_tree(PathBuilder *path, const Token *alias, bool glob, NodeList *children,
                     const Token *end) {
    Span sp = path ? path->span : end->span;
    Node *n = ast_new(N_USE_TREE, span_join(sp, alias ? alias->span : end ? end->span : sp));
    if (path) {
        n->u.use_tree.segs = path->segs;
        n->u.use_tree.seg_spans = path->spans;
        n->u.use_tree.nsegs = path->len;
        n->u.use_tree.global = path->global;
    }
    if (alias) n->u.use_tree.alias = alias->sym ? alias->sym : sym_cstr("_");
    n->u.use_tree.is_glob = glob;
    n->u.use_tree.is_group = children != NULL;
    if (children) n->u.use_tree.children = *children;
    return n;
}

Node *parse_extern_block(const Token *kw, const Token *abi, NodeList *items, const Token *end) {
    Node *n = ast_new(N_EXTERN_BLOCK, span_join(kw->span, end->span));
    n->u.extern_block.abi = abi ? arena_strndup(abi->v.str.bytes, abi->v.str.len) : "C";
    n->u.extern_block.items = *items;
    return n;
}

/* ── types and paths ── */

Node *parse_bounds_type(NodeKind kind, const Token *kw, NodeList *bounds) {
    Node *n = ast_new(kind, span_join(kw->span, ((Node *)bounds->items[bounds->len - 1])->span));
    n->u.list.elems = *bounds;
    return n;
}

Node *parse_single_bound_type(NodeKind kind, const Token *kw, Node *bound) {
    NodeList l = {0};
    nodelist_push(&l, bound);
    return parse_bounds_type(kind, kw, &l);
}

Node *parse_ptr_type(const Token *star, bool is_mut, Node *inner) {
    Node *n = ast_new(T_PTR, span_join(star->span, inner->span));
    n->u.ty_ref.is_mut = is_mut;
    n->u.ty_ref.inner = inner;
    return n;
}

Node *parse_array_type(const Token *l, Node *elem, Node *len, const Token *r) {
    return parse_repeat(T_ARRAY, l, elem, len, r);
}

Node *parse_slice_type(const Token *l, Node *elem, const Token *r) {
    Node *n = ast_new(T_SLICE, span_join(l->span, r->span));
    n->u.ty_ref.inner = elem;
    return n;
}

Node *parse_fn_type(const Token *fn_tok, unsigned quals, NodeList *params, Node *ret,
                    const Token *rparen) {
    Node *n = ast_new(T_FN, span_join(fn_tok->span, ret ? ret->span : rparen->span));
    n->u.fn_type.params = *params;
    n->u.fn_type.ret = ret;
    n->u.fn_type.is_unsafe = quals & FQ_UNSAFE;
    if (quals & FQ_EXTERN)
        n->u.fn_type.abi = quals & FQ_ABI_RUST ? "Rust" : quals & FQ_ABI_OTHER ? "other" : "C";
    return n;
}

Node *parse_paren_args(const Token *l, NodeList *params, Node *ret, const Token *r) {
    Node *n = ast_new(N_GENERIC_ARGS, span_join(l->span, ret ? ret->span : r->span));
    n->u.generic_args.args = *params;
    n->u.generic_args.parenthesized = true;
    n->u.generic_args.ret = ret;
    return n;
}

Node *parse_generic_args(const Token *l, NodeList *args, const Token *r) {
    Node *n = ast_new(N_GENERIC_ARGS, span_join(l->span, r->span));
    n->u.generic_args.args = *args;
    return n;
}

Node *parse_assoc_binding(const Token *name, Node *ty, NodeList *bounds) {
    Node *n = ast_new(N_ASSOC_BINDING, ty ? span_join(name->span, ty->span) : name->span);
    n->u.assoc_binding.name = name->sym;
    n->u.assoc_binding.ty = ty;
    if (bounds) n->u.assoc_binding.bounds = *bounds;
    return n;
}

Node *parse_qpath(const Token *lt, Node *self_ty, Node *trait_ref, const Token *name) {
    Node *n = ast_new(N_QPATH, span_join(lt->span, name->span));
    n->u.qpath.self_ty = self_ty;
    n->u.qpath.trait_ref = trait_ref;
    return parse_qpath_push(n, name);
}

Node *parse_qpath_push(Node *q, const Token *name) {
    int n = q->u.qpath.nsegs;
    q->u.qpath.segs = arena_realloc(q->u.qpath.segs, sizeof(Sym) * (size_t)n,
                                    sizeof(Sym) * (size_t)(n + 1));
    q->u.qpath.seg_spans = arena_realloc(q->u.qpath.seg_spans, sizeof(Span) * (size_t)n,
                                         sizeof(Span) * (size_t)(n + 1));
    Sym s = name->sym;
    if (!s) {
        size_t len;
        const char *text = span_text(name->span, &len);
        s = sym_intern(text, len);
    }
    q->u.qpath.segs[n] = s;
    q->u.qpath.seg_spans[n] = name->span;
    q->u.qpath.nsegs = n + 1;
    q->span = span_join(q->span, name->span);
    return q;
}

/* ── patterns ── */

Node *parse_pat_or(Node *a, Node *b) {
    if (a->kind == P_OR) {
        nodelist_push(&a->u.list.elems, b);
        a->span = span_join(a->span, b->span);
        return a;
    }
    Node *n = ast_new(P_OR, span_join(a->span, b->span));
    nodelist_push(&n->u.list.elems, a);
    nodelist_push(&n->u.list.elems, b);
    return n;
}

/* A lone identifier is a binding; anything longer (or with generic arguments) a path. */
Node *parse_pat_path(PathBuilder *pb) {
    if (pb->len == 1 && !pb->global && !pb->has_args) {
        size_t len;
        const char *text = span_text(pb->spans[0], &len);
        bool ident_start = len && (text[0] == '_' || (text[0] >= 'a' && text[0] <= 'z') ||
                                   (text[0] >= 'A' && text[0] <= 'Z') ||
                                   (unsigned char)text[0] >= 0x80);
        bool path_keyword = (len == 4 && memcmp(text, "self", 4) == 0) ||
                            (len == 4 && memcmp(text, "Self", 4) == 0) ||
                            (len == 5 && memcmp(text, "crate", 5) == 0) ||
                            (len == 5 && memcmp(text, "super", 5) == 0);
        if (ident_start && !path_keyword) {
            Node *n = ast_new(P_IDENT, pb->span);
            n->u.pat_ident.name = pb->segs[0];
            return n;
        }
    }
    Node *n = ast_new(P_PATH, pb->span);
    n->u.unary.operand = parse_finish_path(N_PATH, pb);
    return n;
}

Node *parse_pat_struct(NodeKind kind, PathBuilder *path, NodeList *elems, bool has_rest,
                       const Token *end) {
    Node *n = ast_new(kind, span_join(path->span, end->span));
    n->u.pat_struct.path = parse_finish_path(N_PATH, path);
    n->u.pat_struct.elems = *elems;
    n->u.pat_struct.has_rest = has_rest;
    return n;
}

Node *parse_pat_ref(const Token *amp, bool is_mut, Node *inner, bool doubled) {
    Node *n = ast_new(P_REF, span_join(amp->span, inner->span));
    n->u.unary.op = is_mut ? UN_REF_MUT : UN_REF;
    n->u.unary.operand = inner;
    if (!doubled) return n;
    Node *outer = ast_new(P_REF, n->span);
    outer->u.unary.op = UN_REF;
    outer->u.unary.operand = n;
    return outer;
}

Node *parse_pat_range(Node *lo, Node *hi, bool inclusive, const Token *op) {
    Span sp = lo ? lo->span : op->span;
    sp = span_join(sp, hi ? hi->span : op->span);
    Node *n = ast_new(P_RANGE, sp);
    n->u.range.lo = lo;
    n->u.range.hi = hi;
    n->u.range.inclusive = inclusive;
    return n;
}

Node *parse_field_init(NodeKind kind, const Token *name, Node *value) {
    Node *n = ast_new(kind, value ? span_join(name->span, value->span) : name->span);
    Sym s = name->sym;
    if (!s) {
        size_t len;
        const char *text = span_text(name->span, &len);
        s = sym_intern(text, len);
    }
    n->u.field_init.name = s;
    n->u.field_init.name_span = name->span;
    n->u.field_init.shorthand =
        value == NULL || (kind == P_FIELD_PAT && value->span.lo <= name->span.lo);
    if (!value && kind == N_FIELD_INIT) {
        /* `S { x }` means `S { x: x }` */
        Node *p = ast_new(N_PATH, name->span);
        p->u.path.segs = arena_alloc(sizeof(Sym));
        p->u.path.seg_spans = arena_alloc(sizeof(Span));
        p->u.path.segs[0] = s;
        p->u.path.seg_spans[0] = name->span;
        p->u.path.nsegs = 1;
        value = p;
    }
    n->u.field_init.expr = value;
    return n;
}

/* ── expressions ── */

Node *parse_let_cond(const Token *let_tok, Node *pat, Node *e) {
    Node *n = ast_new(N_LET_COND, span_join(let_tok->span, e->span));
    n->u.let_cond.pat = pat;
    n->u.let_cond.expr = e;
    return n;
}

Node *parse_match(const Token *kw, Node *scrutinee, NodeList *arms, const Token *end) {
    Node *n = ast_new(N_MATCH, span_join(kw->span, end->span));
    n->u.match.scrutinee = scrutinee;
    n->u.match.arms = *arms;
    return n;
}

Node *parse_arm_head(Node *pat, Node *guard) {
    Node *n = ast_new(N_ARM, guard ? span_join(pat->span, guard->span) : pat->span);
    n->u.arm.pat = pat;
    n->u.arm.guard = guard;
    return n;
}

Node *parse_arm(Node *head, Node *body) {
    head->u.arm.body = body;
    head->span = span_join(head->span, body->span);
    return head;
}

Node *parse_try(Node *e, const Token *q) {
    Node *n = ast_new(N_TRY, span_join(e->span, q->span));
    n->u.unary.operand = e;
    return n;
}

Node *parse_struct_lit(PathBuilder *path, NodeList *fields, Node *base, const Token *end) {
    Node *n = ast_new(N_STRUCT_LIT, span_join(path->span, end->span));
    n->u.struct_lit.path = parse_finish_path(N_PATH, path);
    n->u.struct_lit.fields = *fields;
    n->u.struct_lit.base = base;
    return n;
}

Node *parse_repeat(NodeKind kind, const Token *l, Node *value, Node *count, const Token *r) {
    Node *n = ast_new(kind, span_join(l->span, r->span));
    n->u.repeat.value = value;
    n->u.repeat.count = count;
    n->u.repeat.is_repeat = true;
    return n;
}

Node *parse_closure_head(const Token *first, bool is_move, NodeList *params) {
    Node *n = ast_new(N_CLOSURE, first->span);
    n->u.closure.is_move = is_move;
    if (params) n->u.closure.params = *params;
    return n;
}

Node *parse_closure_param(Node *pat, Node *ty) {
    Node *n = ast_new(N_PARAM, ty ? span_join(pat->span, ty->span) : pat->span);
    n->u.param.pat = pat;
    n->u.param.ty = ty;
    return n;
}

Node *parse_closure(Node *head, Node *ret, Node *body) {
    head->u.closure.ret = ret;
    head->u.closure.body = body;
    head->span = span_join(head->span, body->span);
    return head;
}

Node *parse_vec(NodeList *elems, Node *value, Node *count) {
    Node *n = ast_new(N_VEC, value ? span_join(value->span, count->span) : (Span){0});
    if (elems) {
        n->u.list.elems = *elems;
        return n;
    }
    n->u.repeat.value = value;
    n->u.repeat.count = count;
    n->u.repeat.is_repeat = true;
    return n;
}

/* matches!(e, pat if guard) is `match e { pat if guard => true, _ => false }` */
Node *parse_matches(Node *e, Node *pat, Node *guard) {
    Node *yes = ast_new(N_LIT_BOOL, pat->span), *no = ast_new(N_LIT_BOOL, pat->span);
    yes->u.lit.bool_value = true;
    Node *arm1 = parse_arm(parse_arm_head(pat, guard), yes);
    Node *arm2 = parse_arm(parse_arm_head(ast_new(P_WILD, pat->span), NULL), no);
    Node *m = ast_new(N_MATCH, span_join(e->span, pat->span));
    m->u.match.scrutinee = e;
    nodelist_push(&m->u.match.arms, arm1);
    nodelist_push(&m->u.match.arms, arm2);
    return m;
}
