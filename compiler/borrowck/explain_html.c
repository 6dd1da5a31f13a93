/* explain_html.c — --emit=borrowck-html: the loans of each function as one web page.
 *
 * Takes: the borrow checker's record (borrowck.h's BorrowckRecord) and each body's move
 * data (ir/movedata.c: which paths may be uninitialized where).
 * Gives: one self-contained HTML page (inline CSS and script, nothing fetched): per
 * function its source with line numbers; at each line the permissions each variable has
 * when the line begins, in the model Aquascope teaches with (R: readable, initialized and
 * not mutably borrowed; W: writable, also declared `mut` and not borrowed; O: owned,
 * readable and not borrowed at all); the live loans as coloured bars spanning their lines;
 * the errors at their lines. Hovering a loan highlights the lines where it is created,
 * used and ends. The DOM carries what the page shows as data attributes (data-loan,
 * data-perm, data-error), which the page's own test reads. */
#include "patina.h"
#include "borrowck/loan_view.h"

#include <string.h>

static void put_escaped(FILE *out, const char *text, size_t len) {
    for (size_t i = 0; i < len; i++) {
        switch (text[i]) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        default: fputc(text[i], out);
        }
    }
}

static void put_escaped_str(FILE *out, const char *text) {
    put_escaped(out, text, strlen(text));
}

/* A sorted, 0-terminated line list as `3 5 7` (a data attribute). */
static void put_lines_attr(FILE *out, const char *name, const int *lines) {
    fprintf(out, " %s=\"", name);
    for (int i = 0; lines[i]; i++) fprintf(out, "%s%d", i ? " " : "", lines[i]);
    fputc('"', out);
}

/* ── permissions ── */

enum { PERM_R = 1, PERM_W = 2, PERM_O = 4, PERM_SHOWN = 8 };
enum { LOANED = 1, LOANED_MUTABLY = 2 };

static bool is_mutable_loan(const BodyLoans *r, int k, int location) {
    BorrowKind kind = r->loans[k].kind;
    return kind == BORROW_MUT || kind == BORROW_UNIQUE ||
           (kind == BORROW_TWO_PHASE && !bitset_get(&r->reserved[k], location));
}

/* Per local, into loaned: whether a loan in scope at `location` conflicts with the whole
 * of it, and a mutable one. Any loan of a place rooted at the local does (a field, an
 * element, what it points to: a deep access to the local reaches them all); none of
 * another local's can. */
static void loaned_locals(const BodyLoans *r, int location, unsigned char *loaned) {
    memset(loaned, 0, (size_t)r->body->nlocals);
    for (int k = 0; k < r->nloans; k++) {
        int l = r->loans[k].place.local;
        if (l < 0 || !bitset_get(&r->in_scope[k], location)) continue;
        loaned[l] |= LOANED | (is_mutable_loan(r, k, location) ? LOANED_MUTABLY : 0);
    }
}

/* Variable l's permissions, its move-data state and loans given. */
static unsigned char permissions(const Body *body, MoveData *md, const BitSet *facts, int l,
                                 unsigned char loaned) {
    int root = md->mp.root[l];
    if (root < 0) return 0;
    if (!md_fact(md, facts, MD_EVER_INIT, root) && !md_fact(md, facts, MD_INIT, root)) return 0;
    bool init = true;
    for (int i = 0; i < md->mp.nsubtree[root]; i++)
        if (md_fact(md, facts, MD_UNINIT, md->mp.subtree[root][i])) init = false;
    bool read = init && !(loaned & LOANED_MUTABLY), free = !loaned;
    return PERM_SHOWN | (read ? PERM_R : 0) | (read && free ? PERM_O : 0) |
           (read && free && body->locals[l].is_mut ? PERM_W : 0);
}

/* Per line index, per variable: the permissions when the line begins (its first
 * location's state), 0 where the variable is not there or the line has no code. */
static unsigned char **line_permissions(const LineView *v) {
    const BodyLoans *r = v->record;
    Body *body = r->body;
    const Cfg *cfg = ir_cfg(body);
    int nlines = v->last_line - v->first_line + 1;
    unsigned char **perms = arena_alloc(sizeof(unsigned char *) * (size_t)nlines);
    for (int i = 0; i < nlines; i++) perms[i] = arena_alloc((size_t)body->nlocals + 1);
    ScratchMark mark = scratch_mark();
    unsigned char *loaned = scratch_alloc((size_t)body->nlocals + 1);
    MoveData *md = move_data_of(body);
    Cursor cursor = cursor_new(md->facts);
    BitSet starts_line = bitset_scratch(cfg->nlocations);
    for (int i = 0; i < nlines; i++)
        if (v->first_location[i] >= 0) bitset_set(&starts_line, v->first_location[i]);
    for (int b = 0; b < body->nblocks; b++) {
        if (!cfg->reachable[b]) continue;
        for (int s = 0; s <= body->blocks[b].nstmts; s++) {
            int here = cfg_location(cfg, b, s);
            if (!bitset_get(&starts_line, here)) continue;
            const BitSet *facts = cursor_before(&cursor, b, s);
            loaned_locals(r, here, loaned);
            for (int i = 0; i < nlines; i++) {
                if (v->first_location[i] != here) continue;
                for (int l = 0; l < body->nlocals; l++)
                    if (body->locals[l].is_user_var && body->locals[l].name)
                        perms[i][l] = permissions(body, md, facts, l, loaned[l]);
            }
        }
    }
    scratch_release(mark);
    return perms;
}

static void put_permission(FILE *out, char letter, int bit, int now, int before) {
    const char *state = now & bit ? "yes" : "no";
    const char *change = (now & bit) == (before & bit) || !(before & PERM_SHOWN) ? ""
                         : now & bit ? " gained" : " lost";
    fprintf(out, "<span class=\"p %s%s\">%c</span>", state, change, now & bit ? letter : '-');
}

/* More variables than this on one line: only those whose permissions changed are shown. */
#define PERMISSIONS_SHOWN_MAX 24

static void put_permissions(FILE *out, const Body *body, const unsigned char *now,
                            const unsigned char *before) {
    int shown = 0, unchanged = 0;
    for (int l = 0; l < body->nlocals; l++) shown += (now[l] & PERM_SHOWN) != 0;
    bool only_changes = before && shown > PERMISSIONS_SHOWN_MAX;
    for (int l = 0; l < body->nlocals; l++) {
        if (!(now[l] & PERM_SHOWN)) continue;
        int was = before ? before[l] : 0;
        if (only_changes && was == now[l]) {
            unchanged++;
            continue;
        }
        const char *name = sym_str(body->locals[l].name);
        fputs("<span class=\"path\" data-path=\"", out);
        put_escaped_str(out, name);
        fprintf(out, "\" data-perm=\"%s%s%s\"><span class=\"var\">", now[l] & PERM_R ? "R" : "",
                now[l] & PERM_W ? "W" : "", now[l] & PERM_O ? "O" : "");
        put_escaped_str(out, name);
        fputs("</span>", out);
        put_permission(out, 'R', PERM_R, now[l], was);
        put_permission(out, 'W', PERM_W, now[l], was);
        put_permission(out, 'O', PERM_O, now[l], was);
        fputs("</span>", out);
    }
    if (unchanged) fprintf(out, "<span class=\"more\">+%d unchanged</span>", unchanged);
}

/* ── the page ── */

static const char *mark_class(LoanMark m) {
    switch (m) {
    case MARK_NONE: return "none";
    case MARK_RESERVED: return "reserved";
    case MARK_LIVE: return "live";
    case MARK_CREATED: return "created";
    case MARK_ERROR: return "conflict";
    }
    return "none";
}

static void put_source(FILE *out, const LineView *v, int body_index) {
    const BodyLoans *r = v->record;
    unsigned char **perms = line_permissions(v);
    int *by_column = arena_alloc(sizeof(int) * (size_t)(v->ncolumns + 1));
    const unsigned char *previous = NULL;
    fputs("<table class=\"src\"><tbody>\n", out);
    for (int line = v->first_line; line <= v->last_line; line++) {
        int i = line - v->first_line;
        bool error = false;
        for (int e = 0; e < r->nerrors; e++) error |= line_of_span(v, r->errors[e].access) == line;
        fprintf(out,
                "<tr class=\"line%s\" data-line=\"%d\" id=\"b%d-l%d\"><td class=\"ln\">%d</td>",
                error ? " has-error" : "", line, body_index, line, line);
        fputs("<td class=\"bars\">", out);
        for (int c = 0; c < v->ncolumns; c++) by_column[c] = -1;
        for (int k = 0; k < r->nloans; k++)
            if (v->marks[k][i]) by_column[v->column[k]] = k;
        for (int c = 0; c < v->ncolumns; c++) {
            int k = by_column[c];
            if (k < 0) {
                fputs("<span class=\"bar none\"></span>", out);
                continue;
            }
            LoanMark m = v->marks[k][i];
            fprintf(out, "<span class=\"bar %s c%d\" data-loan=\"%d\">%c</span>", mark_class(m),
                    k % 8, k, m == MARK_CREATED ? loan_letter(k) : m == MARK_ERROR ? '!' : ' ');
        }
        int len;
        const char *text = line_text(v, line, &len);
        fputs("</td><td class=\"code\">", out);
        put_escaped(out, text, (size_t)len);
        if (error) fputs("<span class=\"err-mark\" title=\"error\">&#x2716;</span>", out);
        fputs("</td><td class=\"perms\">", out);
        if (v->first_location[i] >= 0) {
            put_permissions(out, r->body, perms[i], previous);
            previous = perms[i];
        }
        fputs("</td></tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
}

static void put_loans(FILE *out, const LineView *v) {
    const BodyLoans *r = v->record;
    if (!r->nloans) {
        fputs("<p class=\"none\">No loans.</p>\n", out);
        return;
    }
    fputs("<ul class=\"loans\">\n", out);
    for (int k = 0; k < r->nloans; k++) {
        fprintf(out, "<li class=\"loan c%d\" data-loan=\"%d\" data-kind=\"%s\" data-created=\"%d\"",
                k % 8, k, borrow_kind_name(r->loans[k].kind), v->created_line[k]);
        put_lines_attr(out, "data-live", lines_of_locations(v, &r->in_scope[k]));
        put_lines_attr(out, "data-uses", lines_of_locations(v, &r->uses[k]));
        put_lines_attr(out, "data-ends", lines_of_locations(v, &r->ends[k]));
        fprintf(out, "><span class=\"letter\">%c</span> <span class=\"kind\">%s</span> <code>",
                loan_letter(k), borrow_kind_name(r->loans[k].kind));
        put_escaped_str(out, loan_place_text(v, k));
        fprintf(out, "</code> <span class=\"where\">line %d</span></li>\n", v->created_line[k]);
    }
    fputs("</ul>\n", out);
}

static void put_errors(FILE *out, const LineView *v) {
    const BodyLoans *r = v->record;
    for (int e = 0; e < r->nerrors; e++) {
        const LoanError *err = &r->errors[e];
        int later = err->later.at.block >= 0 ? line_of_span(v, err->later.span) : 0;
        fprintf(out, "<div class=\"error\" data-error=\"%s\" data-line=\"%d\" data-loan=\"%d\" "
                     "data-later=\"%d\"><b>error%s%s%s</b>: ",
                err->code ? err->code : "", line_of_span(v, err->access), err->loan, later,
                err->code ? "[" : "", err->code ? err->code : "", err->code ? "]" : "");
        put_escaped_str(out, err->message ? err->message : "");
        fprintf(out, "<div class=\"points\">loan <b>%c</b> created on line %d &middot; "
                     "conflicting access on line %d",
                loan_letter(err->loan), v->created_line[err->loan],
                line_of_span(v, err->access));
        if (later) fprintf(out, " &middot; later use on line %d", later);
        fputs("</div></div>\n", out);
    }
}

static const char page_style[] =
    ":root{--bg:#fbfaf7;--fg:#1f2328;--muted:#6e7781;--line:#eaeef2;--err:#cf222e;"
    "--c0:#0969da;--c1:#8250df;--c2:#1a7f37;--c3:#bc4c00;--c4:#bf3989;--c5:#0a7c86;"
    "--c6:#9a6700;--c7:#57606a}\n"
    "body{background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,sans-serif;"
    "margin:2em auto;max-width:72em;padding:0 1em}\n"
    "h1{font-size:1.4em;margin:0 0 .2em}h2{font-size:1.1em;margin:1.6em 0 .4em;"
    "font-family:ui-monospace,monospace}\n"
    ".mode{color:var(--muted)}\n"
    ".legend{display:flex;flex-wrap:wrap;gap:.6em 1.6em;background:#fff;border:1px solid "
    "var(--line);border-radius:8px;padding:.6em 1em;font-size:.9em}\n"
    ".legend span{white-space:nowrap}\n"
    "table.src{border-collapse:collapse;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,"
    "monospace;background:#fff;border:1px solid var(--line);border-radius:8px;width:100%}\n"
    "table.src td{padding:0 .5em;vertical-align:top;white-space:pre}\n"
    "td.ln{color:var(--muted);text-align:right;border-right:1px solid var(--line);"
    "user-select:none}\n"
    "td.perms{color:var(--muted);border-left:1px solid var(--line);width:1%}\n"
    "td.ln,td.bars{width:1%}td.code{padding-right:2em}\n"
    ".path{margin-right:.7em}.var{margin-right:.15em;color:var(--fg)}\n"
    ".p{display:inline-block;width:1.05em;text-align:center;border-radius:3px;"
    "font-weight:600}\n"
    ".p.yes{color:#1a7f37}.p.no{color:#d0d7de}.p.lost{background:#ffebe9;color:var(--err)}\n"
    ".p.gained{background:#dafbe1}\n"
    "td.bars{padding:0 .3em}\n"
    ".bar{display:inline-block;width:1.1em;text-align:center;font-weight:700;color:#fff;"
    "height:1.5em;vertical-align:top}\n"
    ".bar.live,.bar.created,.bar.conflict{background:var(--k)}\n"
    ".bar.reserved{background:repeating-linear-gradient(180deg,var(--k) 0 3px,transparent 3px"
    " 6px)}\n"
    ".bar.created{border-radius:6px 6px 0 0}.bar.conflict{background:var(--err)}\n"
    ".c0{--k:var(--c0)}.c1{--k:var(--c1)}.c2{--k:var(--c2)}.c3{--k:var(--c3)}"
    ".c4{--k:var(--c4)}.c5{--k:var(--c5)}.c6{--k:var(--c6)}.c7{--k:var(--c7)}\n"
    "tr.has-error td.code{background:#ffebe9}.err-mark{color:var(--err);margin-left:1em}\n"
    "tr.hl-created td.ln{background:var(--hk);color:#fff}tr.hl-used td.code{box-shadow:inset "
    "3px 0 var(--hk)}tr.hl-end td.code{box-shadow:inset 0 -2px var(--hk)}\n"
    "tr.hl-created,tr.hl-used,tr.hl-end{background:#f6f8fa}\n"
    ".dim{opacity:.25}\n"
    "ul.loans{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em}\n"
    "li.loan{border:1px solid var(--line);border-left:6px solid var(--k);border-radius:6px;"
    "padding:.1em .6em;background:#fff;cursor:default}\n"
    "li.loan.hover{outline:2px solid var(--k)}\n"
    ".letter{font-weight:700;color:var(--k)}.kind,.where{color:var(--muted);font-size:.9em}\n"
    ".error{border-left:4px solid var(--err);background:#fff;padding:.4em .8em;margin:.5em 0;"
    "border-radius:0 6px 6px 0}\n"
    ".error b:first-child{color:var(--err)}.points{color:var(--muted);font-size:.9em}\n";

/* Hovering anything with data-loan highlights that loan's bars and the lines where it is
 * created (data-created), used (data-uses) and ends (data-ends) (classes hl-created,
 * hl-used, hl-end on their rows); `#loan=B-K` in the
 * address does the same for loan K of body B when the page opens (a link to a loan, and
 * how the page's test sees the highlight). The script also titles each bar with its loan
 * and marks the page ready (data-ready). */
static const char page_script[] =
    "(function(){\n"
    "function rows(sec,lines,cls,color){lines.split(' ').forEach(function(n){if(!n)return;\n"
    "  var tr=sec.querySelector('tr[data-line=\"'+n+'\"]');\n"
    "  if(tr){tr.classList.add(cls);tr.style.setProperty('--hk',color);}});}\n"
    "function clear(sec){sec.querySelectorAll('.hl-created,.hl-used,.hl-end,.dim,.hover')\n"
    "  .forEach(function(e){e.classList.remove('hl-created','hl-used','hl-end','dim','hover');"
    "});}\n"
    "function loanOf(sec,k){return sec.querySelector('li.loan[data-loan=\"'+k+'\"]');}\n"
    "function highlight(sec,k){var li=loanOf(sec,k);if(!li)return;clear(sec);\n"
    "  var color=getComputedStyle(li).getPropertyValue('--k');\n"
    "  sec.querySelectorAll('.bar[data-loan]').forEach(function(b){\n"
    "    if(b.dataset.loan!==k)b.classList.add('dim');});\n"
    "  li.classList.add('hover');rows(sec,li.dataset.uses,'hl-used',color);\n"
    "  rows(sec,li.dataset.ends,'hl-end',color);rows(sec,li.dataset.created,'hl-created',"
    "color);}\n"
    "document.querySelectorAll('section.body').forEach(function(sec){\n"
    "  sec.querySelectorAll('.bar[data-loan]').forEach(function(b){var li=loanOf(sec,"
    "b.dataset.loan);\n"
    "    if(li)b.title=li.textContent.replace(/\\s+/g,' ');});\n"
    "  sec.querySelectorAll('[data-loan]').forEach(function(el){\n"
    "    el.addEventListener('mouseenter',function(){highlight(sec,el.dataset.loan);});\n"
    "    el.addEventListener('mouseleave',function(){clear(sec);});});\n"
    "});\n"
    "var m=/^#loan=(\\d+)-(\\d+)$/.exec(location.hash);\n"
    "if(m){var sec=document.querySelector('section.body[data-body=\"'+m[1]+'\"]');"
    "if(sec)highlight(sec,m[2]);}\n"
    "document.body.setAttribute('data-ready','yes');\n"
    "})();\n";

void borrowck_print_html(FILE *out, const BorrowckRecord *record) {
    BodyLoans **bodies;
    int nbodies = written_bodies_in_source_order(record, &bodies);
    const char *file = nbodies ? source_get(bodies[0]->body->span.file)->path : "";
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Borrows in ",
          out);
    put_escaped_str(out, file);
    fprintf(out, "</title>\n<style>\n%s</style></head>\n<body data-mode=\"%s\">\n", page_style,
            borrowck_mode_name(record->mode));
    fputs("<h1>Borrows in <code>", out);
    put_escaped_str(out, file);
    fprintf(out, "</code></h1>\n<p class=\"mode\">--borrowck=%s</p>\n",
            borrowck_mode_name(record->mode));
    fputs("<div class=\"legend\">"
          "<span><b class=\"p yes\">R</b> readable: initialized, not mutably borrowed</span>"
          "<span><b class=\"p yes\">W</b> writable: also <code>mut</code>, not borrowed</span>"
          "<span><b class=\"p yes\">O</b> owned: readable, not borrowed at all</span>"
          "<span><b class=\"p lost\">R</b> lost on this line &middot; "
          "<b class=\"p gained\">R</b> regained</span>"
          "<span><span class=\"bar created c0\">a</span> loan created "
          "<span class=\"bar live c0\"></span> live "
          "<span class=\"bar reserved c0\"></span> two-phase, only reserved "
          "<span class=\"bar conflict\">!</span> conflicting access</span>"
          "<span>Permissions are those a line starts with. Hover a loan to see where it is "
          "created, used and ends.</span></div>\n",
          out);
    if (record->mode == BORROWCK_OFF || record->mode == BORROWCK_COMPARE)
        fprintf(out, "<p class=\"none\">No loans: <code>--borrowck=%s</code> shows none; choose "
                     "one rule to see its loans.</p>\n", borrowck_mode_name(record->mode));
    for (int i = 0; i < nbodies; i++) {
        const LineView *v = line_view_of(bodies[i]);
        fprintf(out, "<section class=\"body\" data-body=\"%d\">\n<h2>", i);
        put_escaped_str(out, body_title(bodies[i]->body));
        fputs("</h2>\n", out);
        put_loans(out, v);
        put_source(out, v, i);
        put_errors(out, v);
        fputs("</section>\n", out);
    }
    fprintf(out, "<script>\n%s</script>\n</body></html>\n", page_script);
}
