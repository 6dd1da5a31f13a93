/* pipeline.h — The front end as a library: one compilation, stage by stage. */
#ifndef PATINA_DRIVER_PIPELINE_H
#define PATINA_DRIVER_PIPELINE_H

#include "borrowck/borrowck.h"

typedef enum Stage { STAGE_TOKENS, STAGE_AST, STAGE_LAYOUT } Stage;

/* One compilation's front end: lexing through the ownership checks, drop elaboration and
 * layout. An output path names where a stage's text goes ("-" is stdout, NULL nowhere). */
typedef struct FrontEnd {
    const char *path;                           /* the name spans and diagnostics show */
    const char *text;
    size_t len;
    Stage last_stage;                           /* stop after this stage */
    bool overflow_checks;                       /* debug build: true; -O: false */
    const char *tokens_out, *ast_out, *ir_out;  /* --emit=tokens, ast, ir */
    const char *liveness_out;                   /* --emit=liveness */
    const char *loans_out;                      /* --emit=loans */
    const char *type_sizes_out, *instances_out; /* --print type-sizes, instances */
    const char *lifetimes_out;                  /* --print lifetimes */
    bool validate_ir;                           /* check the IR's contract after lowering and
                                                   after drop elaboration (ir/validate.c) */
    BorrowckMode borrowck_mode;                 /* --borrowck=... */
    bool check_borrow_rules;                    /* also check the modes' subset invariant */
    BorrowckComparison *comparison;             /* --borrowck=compare: each mode's errors */
    bool check_prelude;                         /* borrow-check the standard library's bodies
                                                   too (make test does; they never change) */
} FrontEnd;

/* Starts a compilation: diagnostics' format and stream (NULL: stderr), the type universe. */
void session_begin(bool color, DiagFormat format, FILE *diag_out);
/* Runs the front end. False when a stage reported errors or an output could not be
 * written; *out is the program when every stage ran, else NULL. */
bool compile_front_end(const FrontEnd *fe, IrProgram **out);
/* Ends the compilation ("aborting due to N previous errors"), frees the arena and puts
 * every stage's state back to its start: the process may compile again. */
void session_end(void);
/* Runs fn(arg) on a thread whose stack fits the deepest recursion any accepted input
 * causes, and returns when it has finished. */
void run_on_compiler_stack(void *(*fn)(void *), void *arg);

/* Each stage's file-scope state back to its start (session_end calls them all). */
void diag_reset(void);
void types_reset(void);
void resolve_reset(void);
void layout_reset(void);

#endif
