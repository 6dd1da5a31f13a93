/* output.c — the files a compilation writes, written completely or not at all.
 *
 * Takes: the input's path (to protect it), and the bytes or the linker run of each output.
 * Gives: checked writes (a full disk or a missing directory is an error with rustc's
 * wording and the OS's reason, never a silent exit 0); regular files replaced atomically
 * through a temporary in the same directory, so a killed or failed compile never leaves
 * a half-written output; temporaries removed when SIGINT, SIGTERM or SIGHUP ends the
 * compile (and by the crash handler, ice.c); and the refusal to overwrite the input file,
 * by name or through another name for the same file (`./a.rs`, a hard link). */
#include "patina.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ── temporaries, and their removal from a signal handler ── */

/* Fixed slots, so that the handler reads them without locks or allocation: a slot is
 * published (in_use set) only after its path is complete. */
enum { MAX_TEMPS = 8 };
static char temp_paths[MAX_TEMPS][PATH_MAX];
static volatile sig_atomic_t temp_in_use[MAX_TEMPS];
static volatile sig_atomic_t linker_pid;

static int temp_register(const char *path);
static void temp_forget(const char *path);

void output_remove_temporaries(void) {
    for (int i = 0; i < MAX_TEMPS; i++)
        if (temp_in_use[i]) unlink(temp_paths[i]);
    /* it would write its output after we are gone */
    if (linker_pid > 0) kill((pid_t)linker_pid, SIGKILL);
}

bool output_track_temporary(const char *path) { return temp_register(path) >= 0; }
void output_forget_temporary(const char *path) { temp_forget(path); }

static int temp_register(const char *path) {
    for (int i = 0; i < MAX_TEMPS; i++) {
        if (temp_in_use[i]) continue;
        snprintf(temp_paths[i], sizeof temp_paths[i], "%s", path);
        temp_in_use[i] = 1;
        return i;
    }
    return -1;
}

static void temp_forget(const char *path) {
    for (int i = 0; i < MAX_TEMPS; i++)
        if (temp_in_use[i] && strcmp(temp_paths[i], path) == 0) temp_in_use[i] = 0;
}

void output_set_linker_pid(long pid) { linker_pid = (sig_atomic_t)pid; }

static void on_termination_signal(int sig) {
    int saved = errno;
    output_remove_temporaries();
    signal(sig, SIG_DFL);                       /* die of the signal, as the caller expects */
    raise(sig);
    errno = saved;
}

static struct stat input_stat;
static bool input_is_file;
static const char *input_name;
static mode_t file_mode;                        /* 0666 less the umask: what fopen would create */

void output_init(const char *input_path) {
    input_name = input_path;
    input_is_file = input_path && strcmp(input_path, "-") != 0 &&
                    stat(input_path, &input_stat) == 0;
    mode_t mask = umask(0);
    umask(mask);
    file_mode = 0666 & ~mask;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_termination_signal;
    sigemptyset(&sa.sa_mask);
    const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old;
        /* a signal the caller ignores (nohup) stays ignored */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        sigaction(sigs[i], &sa, NULL);
    }
}

/* ── the input is not an output ── */

bool output_check_not_input(const char *path) {
    if (!path || !input_is_file || strcmp(path, "-") == 0) return true;
    struct stat st;
    if (stat(path, &st) != 0 || st.st_dev != input_stat.st_dev ||
        st.st_ino != input_stat.st_ino)
        return true;
    /* rustc's words, whatever the output kind */
    diag_error_global("the input file \"%s\" would be overwritten by the generated executable",
                      input_name);
    return false;
}

/* ── writing ── */

static void report_errno(const char *what, const char *path, int err) {
    diag_error_global("%s `%s`: %s (os error %d)", what, path, strerror(err), err);
}

/* A regular file (or a path not there yet) is replaced atomically; anything else
 * (/dev/null, /dev/stdout, a pipe) is written in place, as renaming onto it would
 * replace the device node instead of writing to it. */
static bool replace_atomically(const char *path) {
    struct stat st;
    return stat(path, &st) != 0 || S_ISREG(st.st_mode);
}

const char *output_begin(const char *path) {
    if (!replace_atomically(path)) return path;
    const char *slash = strrchr(path, '/');
    char *temp = slash ? arena_printf("%.*s/.%s.patina-XXXXXX", (int)(slash - path), path,
                                      slash + 1)
                       : arena_printf(".%s.patina-XXXXXX", path);
    int fd = mkstemp(temp);
    if (fd < 0) {
        report_errno("couldn't create", path, errno);
        return NULL;
    }
    close(fd);
    if (temp_register(temp) < 0) {
        unlink(temp);
        diag_error_global("couldn't create `%s`: too many temporary files at once", path);
        return NULL;
    }
    return temp;
}

bool output_commit(const char *temp, const char *path, bool executable) {
    if (temp == path) return true;
    mode_t mode = executable ? file_mode | (0111 & file_mode >> 2) : file_mode;
    bool ok = chmod(temp, mode) == 0 && rename(temp, path) == 0;
    if (!ok) {
        report_errno("couldn't create", path, errno);
        unlink(temp);
    }
    temp_forget(temp);
    return ok;
}

void output_abandon(const char *temp, const char *path) {
    if (!temp || temp == path) return;
    unlink(temp);
    temp_forget(temp);
}

static bool write_fd(int fd, const char *bytes, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, bytes, len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes += n;
        len -= (size_t)n;
    }
    return true;
}

bool output_flush_stdout(void) {
    if (fflush(stdout) == 0 && !ferror(stdout)) return true;
    int err = errno ? errno : EIO;
    clearerr(stdout);
    report_errno("failed to write", "stdout", err);
    return false;
}

bool output_write(const char *path, const char *bytes, size_t len) {
    if (strcmp(path, "-") == 0) {
        fwrite(bytes, 1, len, stdout);
        return output_flush_stdout();
    }
    const char *temp = output_begin(path);
    if (!temp) return false;
    int fd = open(temp, O_WRONLY | O_TRUNC | (temp == path ? O_CREAT : 0), 0666);
    if (fd < 0) {
        report_errno("couldn't create", path, errno);
        output_abandon(temp, path);
        return false;
    }
    bool ok = write_fd(fd, bytes, len);
    int err = errno;
    if (close(fd) != 0 && ok) ok = false, err = errno;
    if (!ok) {
        report_errno("failed to write", path, err);
        output_abandon(temp, path);
        return false;
    }
    return output_commit(temp, path, false);
}
