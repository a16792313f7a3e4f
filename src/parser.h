/*
** parser.h - Python 3.11 source -> AST (see ast.h).
** tpParse() is reentrant: all state lives in a per-call struct.  On a
** syntax error it returns NULL and fills a ParseError whose fields match
** CPython's SyntaxError attributes (msg, lineno, offset, end_*, text).
*/
#ifndef TAIPAN_PARSER_H
#define TAIPAN_PARSER_H

#include <stddef.h>
#include "ast.h"

typedef struct ParseError {
    char type[32];      /* "SyntaxError", "IndentationError", "TabError", "RecursionError" */
    char msg[256];      /* CPython's exact message */
    int lineno, offset, end_lineno, end_offset;  /* offset 1-based, in characters; 0 if unknown */
    char *text;         /* source line incl. '\n' (allocated in the arena), or NULL */
    int lexfail;        /* set by tpParse_limited: the tokenizer raised it, not the parser */
    int text_no_nl;     /* CPython's tokenizer-reported errors carry the line without its '\n'
                           (1; 2: unless it is the last line) */
    int added_nl;       /* the source's last '\n' was added (eval/single): not in a last-line text */
    /* the DeprecationWarnings for invalid escape sequences, in source order (CPython issues them
       as it parses, even when a syntax error comes later): each with its message and its
       literal's position as a SyntaxError would have them (a filter can turn the warning into
       that error). Set on success and on error; allocated in the arena. */
    struct ParseError *warns;
    int nwarns;
} ParseError;

enum { PARSE_FILE, PARSE_EVAL, PARSE_SINGLE };   /* exec / eval / single (REPL) */

/* Parse `len` bytes of `src`.  Everything, including err->text, is
   allocated in `arena`.  Returns NULL on error. */
Mod *tpParse(AstArena *arena, const char *src, size_t len, const char *filename,
             int mode, ParseError *err);

/* tpParse with CPython's limit on the decimal digits of an int literal (the current
   sys.get_int_max_str_digits(); 0 = none): a longer literal is a SyntaxError. */
Mod *tpParse_limited(AstArena *arena, const char *src, size_t len, const char *filename,
                     int mode, int int_max_digits, ParseError *err);

/* Adjust an error of tpParse for a main script read from a file: CPython's file tokenizer has
   emptied its buffer at end of input, so a parser error located there gets offset 0. */
void tpParse_script_error(ParseError *err);

#endif
