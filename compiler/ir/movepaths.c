/* movepaths.c — move paths, the places whose initialization the passes follow (made by
 * the move data, which the move checker and drop elaboration share).
 *
 * As in rustc, a path is a tracked local or, below it, a field place (`p.first`, `t.1.0`,
 * an enum variant's field) that a move or drop asked for. A field place gets a path of
 * its own when its type is not Copy. */
#include "patina.h"

int mp_add(MovePaths *mp, int local, int parent, int variant, int field, Type *ty) {
    if (mp->npaths == mp->cap) {
        int cap = mp->cap ? mp->cap * 2 : 16;
        mp->paths = arena_realloc(mp->paths, sizeof(MovePath) * (size_t)mp->cap,
                                  sizeof(MovePath) * (size_t)cap);
        mp->cap = cap;
    }
    mp->paths[mp->npaths] = (MovePath){.local = local, .parent = parent, .variant = variant,
                                       .field = field, .ty = ty, .flag = -1};
    return mp->npaths++;
}

int mp_child(const MovePaths *mp, int parent, int variant, int field) {
    int n = mp->subtree ? mp->nsubtree[parent] : mp->npaths;
    for (int k = 0; k < n; k++) {
        int i = mp->subtree ? mp->subtree[parent][k] : k;
        if (mp->paths[i].parent == parent && mp->paths[i].variant == variant
            && mp->paths[i].field == field) return i;
    }
    return -1;
}

/* Each path's subtree, listed once the paths are all made: passes visit a path with its
 * descendants at every move, init and drop. */
void mp_index_subtrees(MovePaths *mp) {
    mp->nsubtree = arena_alloc(sizeof(int) * (size_t)(mp->npaths + 1));
    for (int q = 0; q < mp->npaths; q++)
        for (int p = q; p >= 0; p = mp->paths[p].parent) mp->nsubtree[p]++;
    mp->subtree = arena_alloc(sizeof(int *) * (size_t)(mp->npaths + 1));
    for (int p = 0; p < mp->npaths; p++) {
        mp->subtree[p] = arena_alloc(sizeof(int) * (size_t)mp->nsubtree[p]);
        mp->nsubtree[p] = 0;
    }
    for (int q = 0; q < mp->npaths; q++)
        for (int p = q; p >= 0; p = mp->paths[p].parent) mp->subtree[p][mp->nsubtree[p]++] = q;
}

/* p's projections i, i+1: `*b.0` of a Box b */
static bool box_contents_at(const Place *p, int i, Type *base) {
    return ty_is_box(base) && i + 1 < p->nproj && p->proj[i].kind == PROJ_FIELD
           && p->proj[i].field == 0 && p->proj[i + 1].kind == PROJ_DEREF;
}

/* Passes that walk a place's projections treat a Box's contents as a part of it: this
 * steps over `.0` and `*` together, leaving *t the contents' type. */
bool step_into_box(const Place *p, int *i, Type **t) {
    if (!box_contents_at(p, *i, *t)) return false;
    *t = p->proj[++*i].ty;
    return true;
}

/* The path of place p: exact, or (exact = false) the longest one above it, which is what
 * a move through an index, a deref or an untracked field reaches. With create, field
 * paths are made as needed. */
int mp_path_of(MovePaths *mp, Place p, bool create, bool exact) {
    if (p.local < 0 || mp->root[p.local] < 0) return -1;
    int path = mp->root[p.local];
    for (int i = 0; i < p.nproj; i++) {
        Proj *pr = &p.proj[i];
        Type *base = mp->paths[path].ty;
        int variant = -1;
        if (pr->kind == PROJ_DOWNCAST && base->kind == TY_ADT && base->adt->is_enum
            && i + 1 < p.nproj && p.proj[i + 1].kind == PROJ_FIELD && !ty_drop_impl(base, NULL)) {
            variant = pr->field;                /* `(x as Some).0`: one path per variant field */
            pr = &p.proj[++i];
        }
        Type *inner = base;
        if (variant < 0 && step_into_box(&p, &i, &inner)) {
            /* what an owned Box holds is a part of it, as in rustc: its fields move out */
            if (ty_is_copy(inner)) return exact ? -1 : path;
            int c = mp_child(mp, path, -1, MP_BOX_CONTENTS);
            if (c < 0 && !create) return exact ? -1 : path;
            if (c < 0) c = mp_add(mp, p.local, path, -1, MP_BOX_CONTENTS, inner);
            path = c;
            continue;
        }
        bool structural = pr->kind == PROJ_FIELD
                          && (variant >= 0 || base->kind == TY_TUPLE || base->kind == TY_CLOSURE
                              || base->kind == TY_ARRAY
                              || (base->kind == TY_ADT && !base->adt->is_enum));
        if (!structural || ty_is_copy(pr->ty)) return exact ? -1 : path;
        int c = mp_child(mp, path, variant, pr->field);
        if (c < 0 && !create) return exact ? -1 : path;
        if (c < 0) c = mp_add(mp, p.local, path, variant, pr->field, pr->ty);
        path = c;
    }
    return path;
}
