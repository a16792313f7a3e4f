/*
** lexer.h - Python 3.11 tokenizer for taipan.
** Turns (already UTF-8, newline-normalised) source into tokens with
** CPython-compatible positions, INDENT/DEDENT and tokenizer errors.
** Strings are returned raw (prefix and quotes included); the parser
** decodes them.  All state is in the Lexer struct.
*/
#ifndef TAIPAN_LEXER_H
#define TAIPAN_LEXER_H

#include "parser.h"

typedef enum {
#define TOK(n, s) T_##n,
#define OP(n, s) T_##n,
#define KW(n, s) T_##n,
#include "tokens.def"
#undef TOK
#undef OP
#undef KW
    T__COUNT
} TokType;

extern const char *const tok_names[T__COUNT];   /* "NAME", "LPAR", ... */
extern const char *const tok_texts[T__COUNT];   /* "", "(", "if", ... */

typedef struct Token {
    int type;                 /* TokType */
    const char *start;        /* into the lexer buffer; NULL for INDENT/DEDENT */
    int len;
    int lineno, col;          /* col: 0-based byte offset; -1 if unknown */
    int end_lineno, end_col;
    const char *line;         /* start of the token's first line */
} Token;

#define LEX_MAXINDENT 100
#define LEX_MAXLEVEL 200

/* Warnings found while reading the source, each with the position its SyntaxError would have
   (a filter can turn the warning into that error). Allocated in the arena. */
typedef struct ParseWarnings {
    ParseError *a;
    int n, cap;
} ParseWarnings;

/* A new zeroed entry at the end of w; NULL when the arena is out of memory (the warning is
   then lost and the parse goes on). */
ParseError *lexer_add_warning(AstArena *arena, ParseWarnings *w);

typedef struct Lexer {
    const char *buf, *end, *cur;   /* buf..end: whole source, end[0]=='\0' */
    const char *line_start;
    int lineno;
    int atbol;                     /* at the start of a physical line */
    int pendin;                    /* >0 pending INDENTs, <0 pending DEDENTs */
    int indent;                    /* top of indstack */
    int indstack[LEX_MAXINDENT], altindstack[LEX_MAXINDENT];
    int level;                     /* bracket nesting */
    char parenstack[LEX_MAXLEVEL];
    int parenlineno[LEX_MAXLEVEL], parencol[LEX_MAXLEVEL];
    int cont_line;                 /* previous line ended in a backslash */
    int blankline;
    int done;                      /* ENDMARKER was returned */
    int eof_in_paren;              /* hit EOF with brackets still open */
    int lineoffset, coloffset;     /* shift for sub-lexers (unused: 0) */
    int fstring;                   /* f-string expression: EOF ends it, even in brackets */
    ParseError *err;
    AstArena *arena;
    ParseWarnings warns;           /* SyntaxWarnings ("1if x else y"); tpParse hands them on */
} Lexer;

void lexer_init(Lexer *lx, const char *buf, size_t len, AstArena *arena, ParseError *err);
/* Returns 0 and fills *t, or -1 on a tokenizer error (err filled).  When
   EOF is reached inside brackets it returns -1 with lx->eof_in_paren set
   and err->msg empty: the parser reports "'(' was never closed". */
int lexer_next(Lexer *lx, Token *t);

/* Fill err (positions: 1-based byte columns, converted to characters
   later by lexer_finish_error). */
void lexer_set_error(ParseError *err, const char *type, int lineno, int col1,
                     int end_lineno, int end_col1, const char *fmt, ...);
/* Convert byte offsets in err to CPython's character offsets and attach
   the line text, given the full source buffer. */
void lexer_finish_error(ParseError *err, const char *buf, const char *end, AstArena *arena);

/* UTF-8 helpers shared with the parser. */
int utf8_decode(const char *s, const char *end, int *cp);   /* returns length (>=1) */
int utf8_encode(char *out, int cp);

#endif
