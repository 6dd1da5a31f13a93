/* ast.c — AST node allocation, the --emit=ast printer, and feature names.
 *
 * Takes: nodes built by the parser (and rewritten by expand).
 * Gives: an indented tree, one node a line, each with its kind, its key attributes and
 * its span as line:col-line:col; children are labelled with their role where a node has
 * several. The format is stable: golden tests compare it. Also the name under which an
 * unsupported-feature error reports each kind of node. */
#include "patina.h"

#include <string.h>

Node *ast_new(NodeKind kind, Span span) {
    Node *n = arena_alloc(sizeof *n);
    n->kind = kind;
    n->span = span;
    return n;
}

void nodelist_push(NodeList *l, Node *n) {
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        l->items = arena_realloc(l->items, sizeof(Node *) * (size_t)l->cap,
                                 sizeof(Node *) * (size_t)cap);
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

const char *ast_binop_str(BinOp op) {
    static const char *const names[] = {
        [BIN_ADD] = "+", [BIN_SUB] = "-", [BIN_MUL] = "*", [BIN_DIV] = "/", [BIN_REM] = "%",
        [BIN_BITAND] = "&", [BIN_BITOR] = "|", [BIN_BITXOR] = "^", [BIN_SHL] = "<<",
        [BIN_SHR] = ">>", [BIN_EQ] = "==", [BIN_NE] = "!=", [BIN_LT] = "<", [BIN_LE] = "<=",
        [BIN_GT] = ">", [BIN_GE] = ">=", [BIN_AND] = "&&", [BIN_OR] = "||",
    };
    return names[op];
}

static const char *const kind_names[N__KIND_COUNT] = {
    [N_CRATE] = "Crate", [N_FN] = "Fn", [N_PARAM] = "Param", [N_SELF_PARAM] = "SelfParam",
    [N_STRUCT] = "Struct", [N_UNION] = "Union", [N_ENUM] = "Enum", [N_VARIANT] = "Variant",
    [N_FIELD_DEF] = "FieldDef", [N_IMPL] = "Impl", [N_TRAIT] = "Trait", [N_CONST_ITEM] = "Const",
    [N_STATIC] = "Static", [N_TYPE_ALIAS] = "TypeAlias", [N_MOD] = "Mod", [N_USE] = "Use",
    [N_USE_TREE] = "UseTree", [N_EXTERN_BLOCK] = "ExternBlock", [N_EXTERN_CRATE] = "ExternCrate",
    [N_MACRO_RULES] = "MacroRules", [N_ATTR] = "Attr", [N_GENERICS] = "Generics",
    [N_GENERIC_PARAM] = "GenericParam", [N_WHERE_PRED] = "WherePred", [N_BOUND] = "Bound",
    [N_GENERIC_ARGS] = "GenericArgs", [N_ASSOC_BINDING] = "AssocBinding", [N_ERROR] = "Error",
    [N_LET] = "Let", [N_EXPR_STMT] = "ExprStmt", [N_ITEM_STMT] = "ItemStmt",
    [N_EMPTY_STMT] = "Empty", [N_LIT_INT] = "Int", [N_LIT_FLOAT] = "Float", [N_LIT_BOOL] = "Bool",
    [N_LIT_CHAR] = "Char", [N_LIT_STR] = "Str", [N_LIT_BYTE_STR] = "ByteStr", [N_PATH] = "Path",
    [N_QPATH] = "QPath", [N_TUPLE] = "Tuple", [N_ARRAY] = "Array", [N_ARRAY_REPEAT] = "ArrayRepeat",
    [N_STRUCT_LIT] = "StructLit", [N_FIELD_INIT] = "FieldInit", [N_PAREN] = "Paren",
    [N_UNARY] = "Unary", [N_BINARY] = "Binary", [N_ASSIGN] = "Assign",
    [N_COMPOUND_ASSIGN] = "CompoundAssign", [N_CAST] = "Cast", [N_CALL] = "Call",
    [N_METHOD_CALL] = "MethodCall", [N_FIELD] = "Field", [N_INDEX] = "Index", [N_TRY] = "Try",
    [N_BLOCK] = "Block", [N_IF] = "If", [N_LET_COND] = "LetCond", [N_MATCH] = "Match",
    [N_ARM] = "Arm", [N_WHILE] = "While", [N_LOOP] = "Loop", [N_FOR] = "For", [N_BREAK] = "Break",
    [N_CONTINUE] = "Continue", [N_RETURN] = "Return", [N_RANGE] = "Range", [N_CLOSURE] = "Closure",
    [N_MACRO_CALL] = "MacroCall", [N_FORMAT] = "Format", [N_ASSERT] = "Assert", [N_VEC] = "Vec",
    [N_DBG] = "Dbg", [N_UNSUPPORTED_EXPR] = "Unsupported",
    [P_IDENT] = "PatIdent", [P_WILD] = "PatWild", [P_REST] = "PatRest", [P_TUPLE] = "PatTuple",
    [P_LIT] = "PatLit", [P_RANGE] = "PatRange", [P_REF] = "PatRef", [P_PATH] = "PatPath",
    [P_TUPLE_STRUCT] = "PatTupleStruct", [P_STRUCT] = "PatStruct", [P_FIELD_PAT] = "FieldPat",
    [P_SLICE] = "PatSlice", [P_OR] = "PatOr", [T_PATH] = "TypePath", [T_TUPLE] = "TypeTuple",
    [T_REF] = "TypeRef", [T_PTR] = "TypePtr", [T_ARRAY] = "TypeArray", [T_SLICE] = "TypeSlice",
    [T_FN] = "TypeFn", [T_DYN] = "TypeDyn", [T_IMPL] = "TypeImpl", [T_NEVER] = "TypeNever",
    [T_INFER] = "TypeInfer",
};

const char *ast_feature_name(const Node *n) {
    switch (n->kind) {
    case N_STRUCT: return "`struct` items";
    case N_UNION: return "`union` items";
    case N_IMPL: return "`impl` blocks";
    case N_TRAIT: return "`trait` items";
    case N_CONST_ITEM: return "`const` items";
    case N_STATIC: return "`static` items";
    case N_TYPE_ALIAS: return "`type` aliases";
    case N_MOD: return "`mod` items";
    case N_USE: return "`use` declarations";
    case N_EXTERN_BLOCK: return "`extern` blocks";
    case N_EXTERN_CRATE: return "`extern crate` items";
    case N_MACRO_RULES: return "`macro_rules!` definitions";
    case N_MACRO_CALL: return "macro invocations in this position";
    case N_SELF_PARAM: return "methods (`self` parameters)";
    case N_LIT_BYTE_STR: return "byte string literals";
    case N_QPATH: return "qualified paths (`<T as Trait>::item`)";
    case N_STRUCT_LIT: return "struct expressions";
    case N_VEC: return "the `vec!` macro";
    case N_DBG: return "the `dbg!` macro";
    case N_METHOD_CALL: return "method calls";
    case P_REST: return "rest patterns (`..`)";
    case T_FN: return "function pointer types";
    case T_DYN: return "trait objects (`dyn Trait`)";
    case T_IMPL: return "`impl Trait` types";
    case N_UNSUPPORTED_EXPR: return n->u.unsupported.feature;
    case N_FORMAT:
        if (n->u.format.kind == FMTK_STRING) return "the `format!` macro";
        return NULL;
    case N_PATH: case T_PATH:
        if (n->u.path.seg_args) return "generic arguments";
        return NULL;
    default: return NULL;
    }
}

void ast_print_escaped(FILE *out, const char *s, size_t n) {
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c < 0x20 || c == 0x7f) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

/* ── the printer ── */

static void print_node(FILE *out, Node *n, int depth, const char *role);

static void print_segs(FILE *out, const Sym *segs, int n, bool global) {
    fputc(' ', out);
    if (global) fputs("::", out);
    for (int i = 0; i < n; i++) fprintf(out, "%s%s", i ? "::" : "", sym_str(segs[i]));
}

static void print_lifetime(FILE *out, Sym lt) {
    if (lt) fprintf(out, " '%s", sym_str(lt));
}

static const char *const vis_names[] = {
    "", " pub", " pub(crate)", " pub(super)", " pub(self)", " pub(in ..)",
};
static const char *const shape_names[] = {" {..}", " (..)", ""};

/* The attributes printed on the node's own line. */
static void print_head(FILE *out, Node *n) {
    switch (n->kind) {
    case N_FN:
        fprintf(out, " %s", sym_str(n->u.fn.name));
        if (n->u.fn.is_const) fputs(" const", out);
        if (n->u.fn.is_async) fputs(" async", out);
        if (n->u.fn.is_unsafe) fputs(" unsafe", out);
        if (n->u.fn.abi) fprintf(out, " extern \"%s\"", n->u.fn.abi);
        if (!n->u.fn.body) fputs(" (declaration)", out);
        break;
    case N_SELF_PARAM:
        fprintf(out, " %s%s", n->u.self_param.by_ref ? "&" : "",
                n->u.self_param.is_mut ? "mut " : "");
        print_lifetime(out, n->u.self_param.lifetime);
        fputs(" self", out);
        break;
    case N_STRUCT: case N_UNION: case N_VARIANT:
        fprintf(out, " %s%s", sym_str(n->u.adt.name), shape_names[n->u.adt.shape]);
        break;
    case N_ENUM: fprintf(out, " %s", sym_str(n->u.adt.name)); break;
    case N_FIELD_DEF:
        if (n->u.field_def.name) fprintf(out, " %s", sym_str(n->u.field_def.name));
        break;
    case N_IMPL:
        if (n->u.impl.is_unsafe) fputs(" unsafe", out);
        if (n->u.impl.trait_ref) fputs(" (trait impl)", out);
        break;
    case N_TRAIT:
        fprintf(out, " %s", sym_str(n->u.trait.name));
        if (n->u.trait.is_unsafe) fputs(" unsafe", out);
        break;
    case N_CONST_ITEM: case N_STATIC: case N_EXTERN_CRATE:
        fprintf(out, " %s%s", n->u.value_item.is_mut ? "mut " : "", sym_str(n->u.value_item.name));
        break;
    case N_TYPE_ALIAS: fprintf(out, " %s", sym_str(n->u.type_alias.name)); break;
    case N_MOD:
        fprintf(out, " %s%s", sym_str(n->u.mod_.name),
                n->u.mod_.is_inline ? "" : " (out of line)");
        break;
    case N_USE_TREE:
        if (n->u.use_tree.nsegs)
            print_segs(out, n->u.use_tree.segs, n->u.use_tree.nsegs, n->u.use_tree.global);
        if (n->u.use_tree.is_glob) fputs(" ::*", out);
        if (n->u.use_tree.is_group) fputs(" ::{}", out);
        if (n->u.use_tree.alias) fprintf(out, " as %s", sym_str(n->u.use_tree.alias));
        break;
    case N_EXTERN_BLOCK: fprintf(out, " \"%s\"", n->u.extern_block.abi); break;
    case N_MACRO_RULES:
        fprintf(out, " %s (%d tokens)", sym_str(n->u.macro.name), n->u.macro.ntoks);
        break;
    case N_ATTR:
        fprintf(out, "%s %s (%d tokens)", n->u.attr.is_inner ? " inner" : "",
                n->u.attr.path ? sym_str(n->u.attr.path) : "?", n->u.attr.ntoks);
        break;
    case N_GENERIC_PARAM: {
        static const char *const kinds[] = {"", " lifetime", " const"};
        fprintf(out, "%s %s%s", kinds[n->u.generic_param.kind],
                n->u.generic_param.kind == GP_LIFETIME ? "'" : "",
                sym_str(n->u.generic_param.name));
        break;
    }
    case N_WHERE_PRED: print_lifetime(out, n->u.where_pred.lifetime); break;
    case N_BOUND:
        if (n->u.bound.kind == BOUND_MAYBE) fputs(" ?", out);
        print_lifetime(out, n->u.bound.lifetime);
        break;
    case N_GENERIC_ARGS: if (n->u.generic_args.parenthesized) fputs(" (..)", out); break;
    case N_ASSOC_BINDING: fprintf(out, " %s", sym_str(n->u.assoc_binding.name)); break;
    case N_UNSUPPORTED_EXPR:
        fprintf(out, " (%s)", n->u.unsupported.feature ? n->u.unsupported.feature : "reported");
        break;
    case N_LIT_INT:
        fprintf(out, " %s%s%s", intbits_str(n->u.lit.int_value, false),
                n->u.lit.suffix ? sym_str(n->u.lit.suffix) : "",
                n->u.lit.too_large ? " (too large)" : "");
        break;
    case N_LIT_FLOAT:
        fprintf(out, " %.17g%s", n->u.lit.float_value,
                n->u.lit.suffix ? sym_str(n->u.lit.suffix) : "");
        break;
    case N_LIT_BOOL: fputs(n->u.lit.bool_value ? " true" : " false", out); break;
    case N_LIT_CHAR: fprintf(out, " U+%04X", n->u.lit.char_value); break;
    case N_LIT_STR: case N_LIT_BYTE_STR:
        fputc(' ', out);
        ast_print_escaped(out, n->u.lit.str, n->u.lit.str_len);
        break;
    case N_PATH: case T_PATH:
        print_segs(out, n->u.path.segs, n->u.path.nsegs, n->u.path.global);
        break;
    case N_QPATH: print_segs(out, n->u.qpath.segs, n->u.qpath.nsegs, true); break;
    case N_UNARY: case P_REF: {
        static const char *const ops[] = {"-", "!", "*", "&", "&mut", "&raw const", "&raw mut"};
        fprintf(out, " %s", ops[n->u.unary.op]);
        break;
    }
    case N_BINARY: fprintf(out, " %s", ast_binop_str(n->u.binary.op)); break;
    case N_COMPOUND_ASSIGN: fprintf(out, " %s=", ast_binop_str(n->u.binary.op)); break;
    case N_METHOD_CALL: fprintf(out, " .%s", sym_str(n->u.call.method)); break;
    case N_FIELD: fprintf(out, " .%s", sym_str(n->u.field.name)); break;
    case N_FIELD_INIT: case P_FIELD_PAT:
        fprintf(out, " %s%s", sym_str(n->u.field_init.name),
                n->u.field_init.shorthand ? " (shorthand)" : "");
        break;
    case N_STRUCT_LIT: if (n->u.struct_lit.base) fputs(" ..base", out); break;
    case P_STRUCT: case P_TUPLE_STRUCT: if (n->u.pat_struct.has_rest) fputs(" ..", out); break;
    case N_BLOCK:
        if (n->u.block.is_unsafe) fputs(" unsafe", out);
        if (n->u.block.label) fprintf(out, " '%s", sym_str(n->u.block.label));
        break;
    case N_WHILE: case N_LOOP: case N_FOR: print_lifetime(out, n->u.loop.label); break;
    case N_BREAK: case N_CONTINUE: print_lifetime(out, n->u.jump.label); break;
    case N_RANGE: case P_RANGE: fputs(n->u.range.inclusive ? " ..=" : " ..", out); break;
    case N_CLOSURE: if (n->u.closure.is_move) fputs(" move", out); break;
    case N_MACRO_CALL:
        fprintf(out, " %s! (%d tokens)", sym_str(n->u.macro.name), n->u.macro.ntoks);
        break;
    case N_FORMAT: {
        static const char *const kinds[] = {"print", "eprint", "panic", "format", "write"};
        fprintf(out, " %s%s", kinds[n->u.format.kind], n->u.format.newline ? "ln" : "");
        for (int i = 0; i < n->u.format.npieces; i++) {
            FmtPiece *p = &n->u.format.pieces[i];
            if (p->lit_len) {
                fputc(' ', out);
                ast_print_escaped(out, p->lit, p->lit_len);
            }
            if (p->arg >= 0) fprintf(out, " {%d}", p->arg);
        }
        break;
    }
    case N_ASSERT: {
        static const char *const kinds[] = {"assert", "assert_eq", "assert_ne"};
        fprintf(out, " %s", kinds[n->u.assert.kind]);
        break;
    }
    case P_IDENT:
        fprintf(out, " %s%s%s", n->u.pat_ident.by_ref ? "ref " : "",
                n->u.pat_ident.is_mut ? "mut " : "", sym_str(n->u.pat_ident.name));
        break;
    case T_REF:
        fputs(" &", out);
        print_lifetime(out, n->u.ty_ref.lifetime);
        if (n->u.ty_ref.is_mut) fputs(" mut", out);
        break;
    case T_PTR: fputs(n->u.ty_ref.is_mut ? " *mut" : " *const", out); break;
    case T_FN:
        if (n->u.fn_type.is_unsafe) fputs(" unsafe", out);
        if (n->u.fn_type.abi) fprintf(out, " extern \"%s\"", n->u.fn_type.abi);
        break;
    default: break;
    }
    fputs(vis_names[n->vis], out);
}

/* ── walking ── */

static void visit_one(Node *child, const char *role, AstVisitor visit, void *ctx) {
    if (child) visit(child, role, ctx);
}

static void visit_list(NodeList *l, const char *role, AstVisitor visit, void *ctx) {
    for (int i = 0; i < l->len; i++) visit(l->items[i], role, ctx);
}

void ast_visit_children(Node *n, AstVisitor visit, void *ctx) {
    visit_list(&n->attrs, NULL, visit, ctx);
    switch (n->kind) {
    case N_CRATE: visit_list(&n->u.crate.items, NULL, visit, ctx); break;
    case N_FN:
        visit_one(n->u.fn.generics, NULL, visit, ctx);
        visit_list(&n->u.fn.params, NULL, visit, ctx);
        visit_one(n->u.fn.ret, "ret", visit, ctx);
        visit_one(n->u.fn.body, NULL, visit, ctx);
        break;
    case N_PARAM:
        visit_one(n->u.param.pat, NULL, visit, ctx);
        visit_one(n->u.param.ty, NULL, visit, ctx);
        break;
    case N_SELF_PARAM: visit_one(n->u.self_param.ty, NULL, visit, ctx); break;
    case N_STRUCT: case N_UNION: case N_ENUM: case N_VARIANT:
        visit_one(n->u.adt.generics, NULL, visit, ctx);
        visit_list(&n->u.adt.fields, NULL, visit, ctx);
        visit_list(&n->u.adt.variants, NULL, visit, ctx);
        visit_one(n->u.adt.discriminant, "discriminant", visit, ctx);
        break;
    case N_FIELD_DEF: visit_one(n->u.field_def.ty, NULL, visit, ctx); break;
    case N_IMPL:
        visit_one(n->u.impl.generics, NULL, visit, ctx);
        visit_one(n->u.impl.trait_ref, "trait", visit, ctx);
        visit_one(n->u.impl.self_ty, "for", visit, ctx);
        visit_list(&n->u.impl.items, NULL, visit, ctx);
        break;
    case N_TRAIT:
        visit_one(n->u.trait.generics, NULL, visit, ctx);
        visit_list(&n->u.trait.supertraits, "supertrait", visit, ctx);
        visit_list(&n->u.trait.items, NULL, visit, ctx);
        break;
    case N_CONST_ITEM: case N_STATIC:
        visit_one(n->u.value_item.ty, NULL, visit, ctx);
        visit_one(n->u.value_item.value, "value", visit, ctx);
        break;
    case N_TYPE_ALIAS:
        visit_one(n->u.type_alias.generics, NULL, visit, ctx);
        visit_list(&n->u.type_alias.bounds, NULL, visit, ctx);
        visit_one(n->u.type_alias.ty, "type", visit, ctx);
        break;
    case N_MOD: visit_list(&n->u.mod_.items, NULL, visit, ctx); break;
    case N_USE: case N_USE_TREE: visit_list(&n->u.use_tree.children, NULL, visit, ctx); break;
    case N_EXTERN_BLOCK: visit_list(&n->u.extern_block.items, NULL, visit, ctx); break;
    case N_GENERICS:
        visit_list(&n->u.generics.params, NULL, visit, ctx);
        visit_list(&n->u.generics.where, "where", visit, ctx);
        break;
    case N_GENERIC_PARAM:
        visit_list(&n->u.generic_param.bounds, NULL, visit, ctx);
        visit_one(n->u.generic_param.ty, "type", visit, ctx);
        visit_one(n->u.generic_param.default_value, "default", visit, ctx);
        break;
    case N_WHERE_PRED:
        visit_one(n->u.where_pred.hrtb, "for", visit, ctx);
        visit_one(n->u.where_pred.ty, NULL, visit, ctx);
        visit_list(&n->u.where_pred.bounds, NULL, visit, ctx);
        break;
    case N_BOUND:
        visit_one(n->u.bound.hrtb, "for", visit, ctx);
        visit_one(n->u.bound.path, NULL, visit, ctx);
        break;
    case N_GENERIC_ARGS:
        visit_list(&n->u.generic_args.args, NULL, visit, ctx);
        visit_one(n->u.generic_args.ret, "ret", visit, ctx);
        break;
    case N_ASSOC_BINDING:
        visit_one(n->u.assoc_binding.ty, NULL, visit, ctx);
        visit_list(&n->u.assoc_binding.bounds, NULL, visit, ctx);
        break;
    case N_LET:
        visit_one(n->u.let.pat, NULL, visit, ctx);
        visit_one(n->u.let.ty, "type", visit, ctx);
        visit_one(n->u.let.init, "init", visit, ctx);
        visit_one(n->u.let.else_block, "else", visit, ctx);
        break;
    case N_EXPR_STMT:
        visit_one(n->u.expr_stmt.expr, n->u.expr_stmt.has_semi ? NULL : "no-semi", visit, ctx);
        break;
    case N_ITEM_STMT: visit_one(n->u.item_stmt.item, NULL, visit, ctx); break;
    case N_PATH: case T_PATH:
        if (n->u.path.seg_args)
            for (int i = 0; i < n->u.path.nsegs; i++)
                visit_one(n->u.path.seg_args[i], sym_str(n->u.path.segs[i]), visit, ctx);
        break;
    case N_QPATH:
        visit_one(n->u.qpath.self_ty, "self", visit, ctx);
        visit_one(n->u.qpath.trait_ref, "as", visit, ctx);
        break;
    case N_TUPLE: case N_ARRAY: case P_TUPLE: case T_TUPLE: case P_SLICE: case P_OR: case T_DYN:
    case T_IMPL: case N_DBG:
        visit_list(&n->u.list.elems, NULL, visit, ctx);
        break;
    case N_VEC:
        if (n->u.repeat.is_repeat) {
            visit_one(n->u.repeat.value, "value", visit, ctx);
            visit_one(n->u.repeat.count, "count", visit, ctx);
        } else {
            visit_list(&n->u.list.elems, NULL, visit, ctx);
        }
        break;
    case N_ARRAY_REPEAT: case T_ARRAY:
        visit_one(n->u.repeat.value, NULL, visit, ctx);
        visit_one(n->u.repeat.count, "count", visit, ctx);
        break;
    case N_STRUCT_LIT:
        visit_one(n->u.struct_lit.path, NULL, visit, ctx);
        visit_list(&n->u.struct_lit.fields, NULL, visit, ctx);
        visit_one(n->u.struct_lit.base, "base", visit, ctx);
        break;
    case N_FIELD_INIT: case P_FIELD_PAT: visit_one(n->u.field_init.expr, NULL, visit, ctx); break;
    case N_PAREN: case N_UNARY: case P_LIT: case P_REF: case P_PATH: case N_TRY:
        visit_one(n->u.unary.operand, NULL, visit, ctx);
        break;
    case N_BINARY: case N_ASSIGN: case N_COMPOUND_ASSIGN: case N_INDEX:
        visit_one(n->u.binary.lhs, NULL, visit, ctx);
        visit_one(n->u.binary.rhs, NULL, visit, ctx);
        break;
    case N_CAST:
        visit_one(n->u.cast.expr, NULL, visit, ctx);
        visit_one(n->u.cast.ty, NULL, visit, ctx);
        break;
    case N_CALL:
        visit_one(n->u.call.callee, "callee", visit, ctx);
        visit_list(&n->u.call.args, NULL, visit, ctx);
        break;
    case N_METHOD_CALL:
        visit_one(n->u.call.receiver, "receiver", visit, ctx);
        visit_one(n->u.call.turbofish, "turbofish", visit, ctx);
        visit_list(&n->u.call.args, NULL, visit, ctx);
        break;
    case N_FIELD: visit_one(n->u.field.base, NULL, visit, ctx); break;
    case N_BLOCK:
        visit_list(&n->u.block.stmts, NULL, visit, ctx);
        visit_one(n->u.block.tail, "tail", visit, ctx);
        break;
    case N_IF:
        visit_one(n->u.if_.cond, "cond", visit, ctx);
        visit_one(n->u.if_.then_block, "then", visit, ctx);
        visit_one(n->u.if_.else_branch, "else", visit, ctx);
        break;
    case N_LET_COND:
        visit_one(n->u.let_cond.pat, NULL, visit, ctx);
        visit_one(n->u.let_cond.expr, NULL, visit, ctx);
        break;
    case N_MATCH:
        visit_one(n->u.match.scrutinee, "scrutinee", visit, ctx);
        visit_list(&n->u.match.arms, NULL, visit, ctx);
        break;
    case N_ARM:
        visit_one(n->u.arm.pat, NULL, visit, ctx);
        visit_one(n->u.arm.guard, "guard", visit, ctx);
        visit_one(n->u.arm.body, "body", visit, ctx);
        break;
    case N_WHILE: case N_LOOP: case N_FOR:
        visit_one(n->u.loop.pat, "pat", visit, ctx);
        visit_one(n->u.loop.cond, "cond", visit, ctx);
        visit_one(n->u.loop.iter, "iter", visit, ctx);
        visit_one(n->u.loop.body, NULL, visit, ctx);
        break;
    case N_BREAK: case N_CONTINUE: case N_RETURN:
        visit_one(n->u.jump.value, NULL, visit, ctx);
        break;
    case N_RANGE: case P_RANGE:
        visit_one(n->u.range.lo, "lo", visit, ctx);
        visit_one(n->u.range.hi, "hi", visit, ctx);
        break;
    case N_CLOSURE:
        visit_list(&n->u.closure.params, NULL, visit, ctx);
        visit_one(n->u.closure.ret, "ret", visit, ctx);
        visit_one(n->u.closure.body, "body", visit, ctx);
        break;
    case N_FORMAT:
        visit_one(n->u.format.dest, "dest", visit, ctx);
        visit_list(&n->u.format.args, NULL, visit, ctx);
        break;
    case N_ASSERT:
        visit_one(n->u.assert.lhs, NULL, visit, ctx);
        visit_one(n->u.assert.rhs, NULL, visit, ctx);
        visit_one(n->u.assert.message, "message", visit, ctx);
        break;
    case P_IDENT: visit_one(n->u.pat_ident.subpat, NULL, visit, ctx); break;
    case P_TUPLE_STRUCT: case P_STRUCT:
        visit_one(n->u.pat_struct.path, NULL, visit, ctx);
        visit_list(&n->u.pat_struct.elems, NULL, visit, ctx);
        break;
    case T_REF: case T_PTR: case T_SLICE: visit_one(n->u.ty_ref.inner, NULL, visit, ctx); break;
    case T_FN:
        visit_one(n->u.fn_type.hrtb, "for", visit, ctx);
        visit_list(&n->u.fn_type.params, NULL, visit, ctx);
        visit_one(n->u.fn_type.ret, "ret", visit, ctx);
        break;
    default: break;
    }
}

typedef struct PrintCtx {
    FILE *out;
    int depth;
} PrintCtx;

static void print_child(Node *child, const char *role, void *ctx) {
    PrintCtx *pc = ctx;
    print_node(pc->out, child, pc->depth, role);
}

static void print_node(FILE *out, Node *n, int depth, const char *role) {
    if (!n) return;
    if (depth > MAX_AST_DEPTH) {        /* expansion reported it; the printer must not overflow */
        fputs("[nesting limit]\n", out);
        return;
    }
    /* indentation is capped so that deeply nested input prints in linear space */
    for (int i = 0; i < depth && i < 64; i++) fputs("  ", out);
    if (depth > 64) fprintf(out, "[%d] ", depth);
    if (role) fprintf(out, "%s: ", role);
    fputs(kind_names[n->kind] ? kind_names[n->kind] : "?", out);
    print_head(out, n);
    int l1, c1, l2, c2;
    source_line_col(n->span, &l1, &c1);
    source_line_col((Span){n->span.file, n->span.hi, n->span.hi}, &l2, &c2);
    fprintf(out, " @%d:%d-%d:%d\n", l1, c1, l2, c2);
    PrintCtx pc = {out, depth + 1};
    ast_visit_children(n, print_child, &pc);
}

void ast_print(FILE *out, Node *crate) { print_node(out, crate, 0, NULL); }
