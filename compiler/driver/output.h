/* output.h — Outputs written atomically, and temporaries removed on a signal. */
#ifndef PATINA_DRIVER_OUTPUT_H
#define PATINA_DRIVER_OUTPUT_H

#include "support/base.h"

/* Remembers the input (so that no output replaces it) and removes temporaries when
 * SIGINT, SIGTERM or SIGHUP ends the compile. */
void output_init(const char *input_path);
/* False, after "the input file ... would be overwritten", when path names the input. */
bool output_check_not_input(const char *path);
/* Writes bytes to path ("-" is stdout), replacing a regular file atomically. False after
 * reporting the error (full disk, missing directory, no permission...). */
bool output_write(const char *path, const char *bytes, size_t len);
bool output_flush_stdout(void);                 /* false after reporting a failed write */
/* For outputs another program writes (the linker's): where to write instead of path (a
 * registered temporary next to it, or path itself when it is not a regular file), or NULL
 * after an error; then commit (rename into place) or abandon it. */
const char *output_begin(const char *path);
bool output_commit(const char *temp, const char *path, bool executable);
void output_abandon(const char *temp, const char *path);
/* Registers a temporary file made elsewhere (the object file) for removal on a signal. */
void output_forget_temporary(const char *path);
bool output_track_temporary(const char *path);
void output_set_linker_pid(long pid);          /* killed if the compile is interrupted; 0: none */
void output_remove_temporaries(void);          /* async-signal-safe */

#endif
