/* visit.h — One walk over every place and operand of a statement, terminator or body. */
#ifndef PATINA_IR_VISIT_H
#define PATINA_IR_VISIT_H

#include "ir/ir.h"

/* Block b's statement stmt, or its terminator when stmt == nstmts. */
typedef struct Location {
    int block, stmt;
} Location;

/* What a statement or terminator does with a place (rustc's PlaceContext). */
typedef enum UseKind {
    USE_COPY,                                   /* an operand read by copy */
    USE_MOVE,                                   /* an operand moved out */
    USE_INSPECT,                                /* Len, discriminant: its shape, not its parts */
    USE_BORROW_SHARED,
    USE_BORROW_MUT,
    USE_BORROW_SHALLOW,                         /* a match guard's fake borrow */
    USE_BORROW_TWO_PHASE,                       /* reserved here, activated at its one use */
    /* a closure's capture of a `&mut` it writes through */
    USE_BORROW_UNIQUE,
    USE_ADDRESS_OF,                             /* &raw const / &raw mut */
    USE_STORE,                                  /* an assignment's destination */
    USE_CALL_DEST,                              /* written when the call returns (not on unwind) */
    USE_DROP,
    USE_STORAGE_LIVE,
    USE_STORAGE_DEAD,
    USE_FAKE_READ,
    USE_PLACE_MENTION,
    USE_INDEX,                                  /* the local an index projection copies */
    USE_RETURN,                                 /* `return` hands the return place to the caller */
} UseKind;

typedef struct PlaceUse {
    const Place *place;
    UseKind kind;
    const Operand *operand;                     /* USE_COPY, USE_MOVE: the operand; else NULL */
    Location at;
    Span span;                                  /* the statement's or terminator's */
} PlaceUse;

/* A pass's callbacks, either may be NULL. Places come in evaluation order: a statement's
 * operands left to right, then its destination; a call's function, arguments, then its
 * destination. The index locals of a place follow it (USE_INDEX). */
typedef struct IrVisitor {
    void *ctx;
    void (*place)(void *ctx, const PlaceUse *use);
    void (*constant)(void *ctx, const Const *c, Location at);
} IrVisitor;

void ir_visit_stmt(const IrVisitor *v, const Stmt *st, Location at);
void ir_visit_term(const IrVisitor *v, const Term *t, Location at);
void ir_visit_block(const IrVisitor *v, Body *body, int block);    /* statements, then terminator */
void ir_visit_body(const IrVisitor *v, Body *body);                /* blocks in index order */

/* Whether the use writes the whole place (for liveness, a def of its local when bare). */
bool use_is_def(UseKind k);

/* An analysis's comments in the --emit=ir listing (ir.c): `before` prints a line ahead of
 * each statement and terminator; begin_body and end_body (either may be NULL) bracket a
 * body, so that a pass can solve it and release its scratch. */
typedef struct IrAnnotator {
    void *ctx;
    void (*begin_body)(void *ctx, Body *body);
    void (*before)(void *ctx, FILE *out, Body *body, Location at);
    void (*end_body)(void *ctx, Body *body);
} IrAnnotator;
void ir_print_annotated(FILE *out, IrProgram *prog, const IrAnnotator *ann);

#endif
