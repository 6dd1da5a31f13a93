/* ast.c — AST node allocation and the --emit=ast printer.
 *
 * Takes: nodes built by the parser (and rewritten by expand).
 * Gives: an indented tree, one node a line, each with its kind, its key attributes and
 * its span as line:col-line:col. The format is stable: golden tests compare it. */
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
        l->items = arena_realloc(l->items, sizeof(Node *) * (size_t)l->cap, sizeof(Node *) * (size_t)cap);
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

const char *ast_binop_str(BinOp op) {
    static const char *const names[] = {
        [BIN_ADD] = "+", [BIN_SUB] = "-", [BIN_MUL] = "*", [BIN_DIV] = "/", [BIN_REM] = "%",
        [BIN_BITAND] = "&", [BIN_BITOR] = "|", [BIN_BITXOR] = "^", [BIN_SHL] = "<<", [BIN_SHR] = ">>",
        [BIN_EQ] = "==", [BIN_NE] = "!=", [BIN_LT] = "<", [BIN_LE] = "<=", [BIN_GT] = ">", [BIN_GE] = ">=",
        [BIN_AND] = "&&", [BIN_OR] = "||",
    };
    return names[op];
}

static const char *const kind_names[] = {
    [N_CRATE] = "Crate", [N_FN] = "Fn", [N_PARAM] = "Param", [N_UNSUPPORTED_ITEM] = "UnsupportedItem",
    [N_LET] = "Let", [N_EXPR_STMT] = "ExprStmt", [N_ITEM_STMT] = "ItemStmt", [N_EMPTY_STMT] = "Empty",
    [N_LIT_INT] = "Int", [N_LIT_FLOAT] = "Float", [N_LIT_BOOL] = "Bool", [N_LIT_CHAR] = "Char",
    [N_LIT_STR] = "Str", [N_PATH] = "Path", [N_TUPLE] = "Tuple", [N_PAREN] = "Paren", [N_UNARY] = "Unary",
    [N_BINARY] = "Binary", [N_ASSIGN] = "Assign", [N_COMPOUND_ASSIGN] = "CompoundAssign", [N_CAST] = "Cast",
    [N_CALL] = "Call", [N_METHOD_CALL] = "MethodCall", [N_FIELD] = "Field", [N_INDEX] = "Index",
    [N_BLOCK] = "Block", [N_IF] = "If", [N_WHILE] = "While", [N_LOOP] = "Loop", [N_FOR] = "For",
    [N_BREAK] = "Break", [N_CONTINUE] = "Continue", [N_RETURN] = "Return", [N_RANGE] = "Range",
    [N_MACRO_CALL] = "MacroCall", [N_FORMAT] = "Format", [N_ASSERT] = "Assert",
    [N_UNSUPPORTED_EXPR] = "Unsupported", [P_IDENT] = "PatIdent", [P_WILD] = "PatWild", [P_TUPLE] = "PatTuple",
    [P_LIT] = "PatLit", [T_PATH] = "TypePath", [T_TUPLE] = "TypeTuple", [T_REF] = "TypeRef",
    [T_NEVER] = "TypeNever", [T_INFER] = "TypeInfer",
};

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

static void print_node(FILE *out, Node *n, int depth, const char *role);

static void print_list(FILE *out, NodeList *l, int depth, const char *role) {
    for (int i = 0; i < l->len; i++) print_node(out, l->items[i], depth, role);
}

static void print_path(FILE *out, Node *n) {
    fputc(' ', out);
    if (n->u.path.global) fputs("::", out);
    for (int i = 0; i < n->u.path.nsegs; i++) fprintf(out, "%s%s", i ? "::" : "", sym_str(n->u.path.segs[i]));
}

static void print_node(FILE *out, Node *n, int depth, const char *role) {
    if (!n) return;
    for (int i = 0; i < depth; i++) fputs("  ", out);
    if (role) fprintf(out, "%s: ", role);
    fputs(kind_names[n->kind], out);
    int l1, c1, l2, c2;
    source_line_col(n->span, &l1, &c1);
    source_line_col((Span){n->span.file, n->span.hi, n->span.hi}, &l2, &c2);
    switch (n->kind) {
    case N_FN: fprintf(out, " %s%s", sym_str(n->u.fn.name), n->u.fn.has_generics ? " <generics>" : ""); break;
    case N_UNSUPPORTED_ITEM:
    case N_UNSUPPORTED_EXPR: fprintf(out, " (%s)", n->u.unsupported.feature); break;
    case N_LIT_INT:
        fprintf(out, " %llu%s%s", (unsigned long long)n->u.lit.int_value, n->u.lit.suffix ? sym_str(n->u.lit.suffix) : "",
                n->u.lit.too_large ? " (too large)" : "");
        break;
    case N_LIT_FLOAT: fprintf(out, " %.17g%s", n->u.lit.float_value, n->u.lit.suffix ? sym_str(n->u.lit.suffix) : ""); break;
    case N_LIT_BOOL: fputs(n->u.lit.bool_value ? " true" : " false", out); break;
    case N_LIT_CHAR: fprintf(out, " U+%04X", n->u.lit.char_value); break;
    case N_LIT_STR: fputc(' ', out); ast_print_escaped(out, n->u.lit.str, n->u.lit.str_len); break;
    case N_PATH: case T_PATH: print_path(out, n); break;
    case N_UNARY: {
        static const char *const ops[] = {"-", "!", "*", "&", "&mut"};
        fprintf(out, " %s", ops[n->u.unary.op]);
        break;
    }
    case N_BINARY: fprintf(out, " %s", ast_binop_str(n->u.binary.op)); break;
    case N_COMPOUND_ASSIGN: fprintf(out, " %s=", ast_binop_str(n->u.binary.op)); break;
    case N_METHOD_CALL: fprintf(out, " .%s", sym_str(n->u.call.method)); break;
    case N_FIELD: fprintf(out, " .%s", sym_str(n->u.field.name)); break;
    case N_BLOCK: if (n->u.block.is_unsafe) fputs(" unsafe", out); break;
    case N_WHILE: case N_LOOP: case N_FOR:
        if (n->u.loop.label) fprintf(out, " '%s", sym_str(n->u.loop.label));
        break;
    case N_BREAK: case N_CONTINUE:
        if (n->u.jump.label) fprintf(out, " '%s", sym_str(n->u.jump.label));
        break;
    case N_RANGE: fputs(n->u.range.inclusive ? " ..=" : " ..", out); break;
    case N_MACRO_CALL: fprintf(out, " %s! (%d tokens)", sym_str(n->u.macro.name), n->u.macro.ntoks); break;
    case N_FORMAT: {
        static const char *const kinds[] = {"print", "eprint", "panic"};
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
        fprintf(out, " %s%s%s", n->u.pat_ident.by_ref ? "ref " : "", n->u.pat_ident.is_mut ? "mut " : "", sym_str(n->u.pat_ident.name));
        break;
    case T_REF:
        fprintf(out, " &%s%s%s", n->u.ty_ref.lifetime ? "'" : "", n->u.ty_ref.lifetime ? sym_str(n->u.ty_ref.lifetime) : "",
                n->u.ty_ref.is_mut ? " mut" : "");
        break;
    default: break;
    }
    fprintf(out, " @%d:%d-%d:%d\n", l1, c1, l2, c2);
    int d = depth + 1;
    switch (n->kind) {
    case N_CRATE: print_list(out, &n->u.crate.items, d, NULL); break;
    case N_FN:
        print_list(out, &n->u.fn.params, d, NULL);
        print_node(out, n->u.fn.ret, d, "ret");
        print_node(out, n->u.fn.body, d, NULL);
        break;
    case N_PARAM:
        print_node(out, n->u.param.pat, d, NULL);
        print_node(out, n->u.param.ty, d, NULL);
        break;
    case N_LET:
        print_node(out, n->u.let.pat, d, NULL);
        print_node(out, n->u.let.ty, d, "type");
        print_node(out, n->u.let.init, d, "init");
        print_node(out, n->u.let.else_block, d, "else");
        break;
    case N_EXPR_STMT: print_node(out, n->u.expr_stmt.expr, d, n->u.expr_stmt.has_semi ? NULL : "no-semi"); break;
    case N_ITEM_STMT: print_node(out, n->u.item_stmt.item, d, NULL); break;
    case N_TUPLE: case P_TUPLE: case T_TUPLE: print_list(out, &n->u.list.elems, d, NULL); break;
    case N_PAREN: case N_UNARY: case P_LIT: print_node(out, n->u.unary.operand, d, NULL); break;
    case N_BINARY: case N_ASSIGN: case N_COMPOUND_ASSIGN: case N_INDEX:
        print_node(out, n->u.binary.lhs, d, NULL);
        print_node(out, n->u.binary.rhs, d, NULL);
        break;
    case N_CAST:
        print_node(out, n->u.cast.expr, d, NULL);
        print_node(out, n->u.cast.ty, d, NULL);
        break;
    case N_CALL:
        print_node(out, n->u.call.callee, d, "callee");
        print_list(out, &n->u.call.args, d, NULL);
        break;
    case N_METHOD_CALL:
        print_node(out, n->u.call.receiver, d, "receiver");
        print_list(out, &n->u.call.args, d, NULL);
        break;
    case N_FIELD: print_node(out, n->u.field.base, d, NULL); break;
    case N_BLOCK:
        print_list(out, &n->u.block.stmts, d, NULL);
        print_node(out, n->u.block.tail, d, "tail");
        break;
    case N_IF:
        print_node(out, n->u.if_.cond, d, "cond");
        print_node(out, n->u.if_.then_block, d, "then");
        print_node(out, n->u.if_.else_branch, d, "else");
        break;
    case N_WHILE: case N_LOOP: case N_FOR:
        print_node(out, n->u.loop.pat, d, "pat");
        print_node(out, n->u.loop.cond, d, "cond");
        print_node(out, n->u.loop.iter, d, "iter");
        print_node(out, n->u.loop.body, d, NULL);
        break;
    case N_BREAK: case N_CONTINUE: case N_RETURN: print_node(out, n->u.jump.value, d, NULL); break;
    case N_RANGE:
        print_node(out, n->u.range.lo, d, "lo");
        print_node(out, n->u.range.hi, d, "hi");
        break;
    case N_FORMAT: print_list(out, &n->u.format.args, d, NULL); break;
    case N_ASSERT:
        print_node(out, n->u.assert.lhs, d, NULL);
        print_node(out, n->u.assert.rhs, d, NULL);
        print_node(out, n->u.assert.message, d, "message");
        break;
    case P_IDENT: print_node(out, n->u.pat_ident.subpat, d, NULL); break;
    case T_REF: print_node(out, n->u.ty_ref.inner, d, NULL); break;
    default: break;
    }
}

void ast_print(FILE *out, Node *crate) { print_node(out, crate, 0, NULL); }
