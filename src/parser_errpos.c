/*
** parser_errpos.c - where CPython 3.11 places some syntax errors that depend on how its
** tokenizer was fed: the NEWLINE it invents at the end of an eval/single source (no position),
** "multiple statements" in single mode, and errors at the end of a main script read from a file.
*/
#include <string.h>
#include "parser_int.h"

/* Index of the NEWLINE token that ended the single statement just parsed into body, or -1 when
   it was a compound statement. */
int simple_stmt_newline(Parser *p, Vec *body)
{
    if (body->n == 0) {
        return -1;
    }
    switch (((Stmt *)body->a[body->n - 1])->kind) {
    case STMT_FunctionDef: case STMT_AsyncFunctionDef: case STMT_ClassDef: case STMT_For:
    case STMT_AsyncFor: case STMT_While: case STMT_If: case STMT_With: case STMT_AsyncWith:
    case STMT_Match: case STMT_Try: case STMT_TryStar:
        return -1;
    default:
        break;
    }
    int i = p->pos - 1;
    return i > 0 && p->toks[i].type == T_NEWLINE ? i : -1;
}

/* CPython places "multiple statements" on the NEWLINE that ended the first statement, which
   begins at a trailing comment if there is one and ends where the '\n' is. */
_Noreturn void single_multiple_error(Parser *p, int nl)
{
    Token *t = &p->toks[nl], *before = &p->toks[nl - 1];
    int col = t->col, end = t->col;
    if (before->end_lineno == t->lineno && before->start != NULL) {
        const char *s = before->start + before->len;
        const char *eol = memchr(s, '\n', (size_t)(p->end - s));
        const char *hash = eol ? memchr(s, '#', (size_t)(eol - s)) : NULL;
        end = eol ? before->end_col + (int)(eol - s) : end;
        col = hash ? before->end_col + (int)(hash - s) : end;
    }
    lexer_set_error(p->err, "SyntaxError", t->lineno, col + 1, t->lineno, end + 1,
                    "multiple statements found while compiling a single statement");
    fail(p);
}

int implicit_newline(Parser *p, Token *t)
{
    return p->implicit_nl && t->type == T_NEWLINE && t->start >= p->end - 1;
}

void tpParse_script_error(ParseError *err)
{
    if (err->end_offset != -1 || err->text == NULL || strcmp(err->type, "RecursionError") == 0 ||
        strcmp(err->type, "MemoryError") == 0) {
        return;
    }
    if (err->lexfail) {
        /* of the tokenizer's errors only EOF after a line holding just a backslash (the file
           tokenizer had moved on to a new, empty buffer; `x + \` keeps its line) */
        const char *t = err->text;
        while (*t == ' ' || *t == '\t' || *t == '\f') {
            t++;
        }
        if (strcmp(err->msg, "unexpected EOF while parsing") != 0 || *t != '\\') {
            return;
        }
    }
    int n = 0;
    for (const char *s = err->text; *s; s++) {
        n += ((unsigned char)*s & 0xC0) != 0x80;
    }
    if (err->offset == n) {   /* just past the last line's end: the end of the input */
        err->offset = 0;
    }
}
