/*
 * repl.h — the terminal side of the interactive prompt (repl_edit.c): line editing through
 * libedit, history in ~/.taipan_history, tab completion, and Ctrl-C. run.c's prompt loop uses it
 * only when stdin and stdout are terminals; piped stdin keeps the plain reader.
 */
#ifndef TP_REPL_H
#define TP_REPL_H

#include "runtime.h"

enum { REPL_LINE = 0, REPL_EOF = 1, REPL_INTERRUPT = 2, REPL_SIGNAL = 3 };

/* Are stdin and stdout terminals (so the prompt uses line editing, as CPython's readline)? */
TP_INTERNAL bool tpRepl_is_tty(void);
/* Start line editing: load the history, set up completion and the SIGINT handler (which sets
 * vm->interrupt; the VM raises KeyboardInterrupt at its next backward jump). */
TP_INTERNAL void tpRepl_begin(VM *vm);
/* Save the history and restore the terminal. */
TP_INTERNAL void tpRepl_end(VM *vm);
/* Read one line with `prompt`: REPL_LINE with *line malloc'd (ending in '\n'), REPL_EOF
 * (Ctrl-D; the line is ended on screen), or REPL_INTERRUPT (Ctrl-C: the partial line is dropped). */
TP_INTERNAL int tpRepl_read(VM *vm, const char *prompt, char **line);
/* Did an uncaught KeyboardInterrupt end the last statement of the prompt? Then CPython ends its
 * process by SIGINT when the session ends at EOF (run.c records it, main.c acts on it). */
TP_INTERNAL void tpRepl_set_keyboard_interrupt(bool on);
TP_INTERNAL bool tpRepl_had_keyboard_interrupt(void);

#endif
