/* explain.h — `patina --explain CODE`: the explanation of one error code, for learners. */
#ifndef PATINA_DRIVER_EXPLAIN_H
#define PATINA_DRIVER_EXPLAIN_H

/* Prints the explanation of CODE (spelled as rustc accepts it: E0499, e0499, 0499, E499)
 * to stdout, or rustc's "is not a valid error code" error to stderr for a code Patina never
 * emits. Returns the process's exit status: 0, or 1 for an unknown code. */
int explain_error_code(const char *code);

#endif
