/*
 * repl_edit.c — line editing for the interactive prompt on a terminal, through libedit's
 * readline-compatible API: persistent history (~/.taipan_history, read at start, written at
 * the end), tab completion of names and attributes (lib/rlcompleter.py computes the matches, as
 * CPython's rlcompleter), and Ctrl-C. Lines are read in libedit's callback mode from a select()
 * loop, so a SIGINT (the VM's handler, signals.h; select() is never restarted) interrupts the
 * wait and the prompt can drop the partial line and start over, as CPython does.
 */
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/select.h>
#include <unistd.h>

#include <editline/readline.h>

#include "interp.h"
#include "repl.h"
#include "signals.h"

/* The VM of the session (read_byte checks its interrupt flag); a plain pointer, no Value. */
static VM *edit_vm;
static bool had_keyboard_interrupt;

/* Completion matches of the current request, as C strings. */
static char **matches;
static size_t nmatches, next_match;

/* Callback-mode result. */
static char *done_line;
static bool line_done, eof_typed, fresh_line;

static int read_byte(void) {
    unsigned char c;
    ssize_t k;
    do {
        k = read(0, &c, 1);
    } while (k < 0 && errno == EINTR && !(edit_vm != NULL && edit_vm->interrupt));
    return k == 1 ? c : -1;
}

/* libedit reads keys through this. It shows a Ctrl-D typed on an empty line as "^D" before
 * ending the line; CPython's prompt shows nothing, so that key is handed over as Enter and the
 * line reported as EOF. libedit takes each result as one character, so a UTF-8 sequence is
 * decoded here into its code point. */
static int edit_getc(FILE *f) {
    (void)f;
    int c = read_byte();
    bool empty = fresh_line || rl_end == 0;
    fresh_line = false;
    if (c == 4 && empty) {
        eof_typed = true;
        return '\n';
    }
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    int cp = more == 3 ? c & 0x07 : more == 2 ? c & 0x0F : more == 1 ? c & 0x1F : c;
    for (; more > 0 && c >= 0; more--) {
        int b = read_byte();
        if (b < 0 || (b & 0xC0) != 0x80) {
            return b < 0 ? -1 : '?'; /* a malformed sequence: never mind the rest */
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    return c < 0 ? -1 : cp;
}

bool tpRepl_is_tty(void) { return isatty(0) && isatty(1); }

void tpRepl_set_keyboard_interrupt(bool on) { had_keyboard_interrupt = on; }
bool tpRepl_had_keyboard_interrupt(void) { return had_keyboard_interrupt; }

static void history_path(char *buf, size_t n) {
    const char *home = getenv("HOME");
    snprintf(buf, n, "%s/.taipan_history", home != NULL ? home : ".");
}

static void clear_matches(void) {
    for (size_t i = 0; i < nmatches; i++) {
        free(matches[i]);
    }
    free(matches);
    matches = NULL;
    nmatches = next_match = 0;
}

static void add_match(const char *s) {
    char **nm = realloc(matches, (nmatches + 1) * sizeof *nm);
    char *copy = strdup(s);
    if (nm == NULL || copy == NULL) {
        free(copy);
        matches = nm != NULL ? nm : matches;
        return;
    }
    matches = nm;
    matches[nmatches++] = copy;
}

/* rlcompleter.Completer().complete(text, state) for state 0, 1, ... until it returns None. */
static void collect_matches(VM *vm, const char *text) {
    clear_matches();
    Value mod, cls, comp, fn, r;
    ObjStr *t = tpStr_from_cstr(vm, text);
    if (t == NULL || tpImport(vm, tpStr_intern_cstr(vm, "rlcompleter"), NULL_VAL, NULL_VAL, 0,
                              &mod) < 0 ||
        tpObj_getattr(vm, mod, tpStr_intern_cstr(vm, "Completer"), &cls) < 0 ||
        tpObj_call(vm, cls, 0, NULL, NULL, &comp) < 0 ||
        tpObj_getattr(vm, comp, tpStr_intern_cstr(vm, "complete"), &fn) < 0) {
        tpErr_clear(vm);
        return;
    }
    for (int state = 0; state < 10000; state++) {
        Value args[2] = {OBJ_VAL(t), INT_VAL(state)};
        if (tpObj_call(vm, fn, 2, args, NULL, &r) < 0) {
            tpErr_clear(vm); /* a failing completer completes nothing, as readline's */
            return;
        }
        if (!tpObj_is(vm, r, TYPE_STR)) {
            return;
        }
        add_match(AS_STR(r)->data);
    }
}

static char *complete_entry(const char *text, int state) {
    if (state == 0) {
        collect_matches(edit_vm, text);
    }
    return next_match < nmatches ? strdup(matches[next_match++]) : NULL;
}

/* Through the "attempted" hook: libedit backslash-quotes matches of the plain entry hook as if
 * they were file names. No file-name fallback when nothing matches. */
static char **attempt_completion(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, complete_entry);
}

void tpRepl_begin(VM *vm) {
    edit_vm = vm;
    setlocale(LC_CTYPE, ""); /* libedit draws non-ASCII text only in the user's UTF-8 locale */
    rl_catch_signals = 0; /* libedit's own handlers would re-send SIGINT to the process group */
    rl_readline_name = "python";
    rl_getc_function = edit_getc;
    rl_initialize();
    using_history();
    rl_attempted_completion_function = attempt_completion;
    rl_completion_append_character = '\0'; /* the completer adds "(" or " " itself */
    /* CPython's delimiters: "." is not one, so "obj.attr" reaches the completer whole */
    static char delims[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_basic_word_break_characters = delims;
    rl_completer_word_break_characters = delims;
    char path[4096];
    history_path(path, sizeof path);
    read_history(path);
}

void tpRepl_end(VM *vm) {
    (void)vm;
    char path[4096];
    history_path(path, sizeof path);
    write_history(path);
    clear_matches();
    edit_vm = NULL;
}

static void on_line(char *line) {
    done_line = line;
    line_done = true;
    rl_callback_handler_remove();
}

/* Add a non-empty line to the history unless it repeats the last one. */
static void remember(const char *line) {
    if (*line == '\0') {
        return;
    }
    HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    if (last == NULL || strcmp(last->line, line) != 0) {
        add_history(line);
    }
}

int tpRepl_read(VM *vm, const char *prompt, char **line) {
    fflush(stdout);
    line_done = eof_typed = false;
    fresh_line = true; /* libedit's rl_end still has the last line's length until a key */
    done_line = NULL;
    rl_callback_handler_install(prompt, on_line);
    while (!line_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        /* select() is never restarted: a signal (the VM's handler, signals.h) ends the wait */
        int r = select(1, &fds, NULL, NULL, NULL);
        if (r < 0 && errno == EINTR) {
            if (tpSignal_run_pending(vm) < 0) {
                /* KeyboardInterrupt (or a handler's exception): drop the line, as CPython */
                tpErr_clear(vm);
                rl_free_line_state();
                rl_callback_handler_remove();
                return REPL_INTERRUPT;
            }
            continue;
        }
        if (r < 0) {
            rl_callback_handler_remove();
            return REPL_EOF;
        }
        if (r > 0) {
            rl_callback_read_char();
        }
    }
    if (done_line == NULL || eof_typed) {
        free(done_line);
        return REPL_EOF;
    }
    remember(done_line);
    size_t n = strlen(done_line);
    char *s = realloc(done_line, n + 2);
    if (s == NULL) {
        free(done_line);
        return REPL_EOF;
    }
    s[n] = '\n';
    s[n + 1] = '\0';
    *line = s;
    return REPL_LINE;
}
