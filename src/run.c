/*
 * run.c — from source text to running code: tpCompile_source (parse into an arena, turn parser
 * errors into SyntaxError & co., compile), and running a file / -c string / -m module as the
 * __main__ module, plus the line-by-line interactive session used by -i and a non-tty prompt.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

/* ast.h's operator-count enumerator clashes with code.h's opcode count: rename it here */
#define OP__COUNT AST_OP__COUNT
#include "parser.h"
#undef OP__COUNT

#include "compiler.h"
#include "interp.h"
#include "signals.h"
#include "repl.h"

static int parse_error_exc(const char *type) {
    if (strcmp(type, "IndentationError") == 0) {
        return EXC_IndentationError;
    }
    if (strcmp(type, "TabError") == 0) {
        return EXC_TabError;
    }
    if (strcmp(type, "RecursionError") == 0) {
        return EXC_RecursionError;
    }
    if (strcmp(type, "MemoryError") == 0) {
        return EXC_MemoryError;
    }
    return EXC_SyntaxError;
}

/* The parser's warnings (invalid escape sequences, numbers followed by a keyword), issued before
 * the compile as CPython issues them while it parses (and before a syntax error found later);
 * one that a filter turns into an error becomes a SyntaxError at its place. -1 with the
 * exception set. */
static int issue_parse_warnings(VM *vm, const ParseError *err, const char *filename) {
    ObjStr *fname = err->nwarns > 0 ? tpStr_from_cstr(vm, filename) : NULL;
    if (err->nwarns > 0 && fname == NULL) {
        return -1;
    }
    for (int i = 0; i < err->nwarns; i++) {
        const ParseError *w = &err->warns[i];
        ObjStr *msg = tpStr_from_cstr(vm, w->msg);
        if (msg == NULL) {
            return -1;
        }
        /* the tokenizer's are SyntaxWarnings, the literals' escapes DeprecationWarnings */
        int cat = strcmp(w->type, "SyntaxWarning") == 0 ? EXC_SyntaxWarning
                                                         : EXC_DeprecationWarning;
        if (tpErr_warn_explicit(vm, cat, msg, fname, w->lineno) < 0) {
            if (!tpType_is_subtype(tpType_of(vm, vm->exc), vm->exc_types[cat])) {
                return -1;
            }
            tpErr_clear(vm);
            tpErr_syntax(vm, EXC_SyntaxError, w->msg, filename, w->lineno, w->offset,
                         w->end_lineno, w->end_offset, w->text);
            /* after a parser error CPython tokenizes the rest of the source: the tokenizer's
             * warnings further on still appear (anything they raise is dropped) */
            Value err_exc = tpErr_fetch(vm);
            for (int k = i + 1; cat == EXC_DeprecationWarning && k < err->nwarns; k++) {
                const ParseError *r = &err->warns[k];
                ObjStr *rm = strcmp(r->type, "SyntaxWarning") == 0 ? tpStr_from_cstr(vm, r->msg)
                                                                    : NULL;
                if (rm != NULL &&
                    tpErr_warn_explicit(vm, EXC_SyntaxWarning, rm, fname, r->lineno) < 0) {
                    break;
                }
            }
            vm->exc = err_exc;
            return -1;
        }
    }
    return 0;
}

/* script_file: the main script, read from a file (CPython places errors at EOF differently). */
static ObjCode *compile_source(VM *vm, const char *src, size_t len, const char *filename, int mode,
                               bool script_file) {
    AstArena *arena = ast_arena_new();
    if (arena == NULL) {
        tpErr_no_memory(vm);
        return NULL;
    }
    static const int parse_modes[] = {PARSE_FILE, PARSE_EVAL, PARSE_SINGLE};
    ParseError err;
    memset(&err, 0, sizeof err);
    Mod *mod = tpParse_limited(arena, src, len, filename, parse_modes[mode], vm->int_max_str_digits,
                               &err);
    ObjCode *code = NULL;
    if (issue_parse_warnings(vm, &err, filename) < 0) {
        mod = NULL; /* the exception is the warning's (or the SyntaxError made of it) */
    } else if (mod == NULL) {
        if (script_file) {
            tpParse_script_error(&err);
        }
        int exc = parse_error_exc(err.type);
        if (exc == EXC_MemoryError && err.msg[0] == '\0') {
            tpErr_set_args(vm, tpExc_type(vm, exc), 0, NULL);  /* parser stack overflow */
        } else if (exc == EXC_RecursionError || exc == EXC_MemoryError) {
            tpErr_raise(vm, exc, err.msg);
        } else {
            tpErr_syntax(vm, exc, err.msg, filename, err.lineno, err.offset, err.end_lineno,
                         err.end_offset, err.text);
        }
    } else {
        code = tpCompile(vm, mod, src, len, filename, mode);
    }
    ast_arena_free(arena);
    return code;
}

ObjCode *tpCompile_source(VM *vm, const char *src, size_t len, const char *filename, int mode) {
    return compile_source(vm, src, len, filename, mode, false);
}

char *tpRun_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        size_t k = fread(buf + n, 1, cap - n - 1, f);
        n += k;
        if (n + 1 < cap) {
            if (ferror(f)) {
                int e = errno;
                free(buf);
                fclose(f);
                errno = e;
                return NULL;
            }
            break;
        }
        cap *= 2;
        char *nb = realloc(buf, cap);
        if (nb == NULL) {
            free(buf);
        }
        buf = nb;
    }
    fclose(f);
    if (buf == NULL) {
        errno = ENOMEM;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Create __main__ (registered in sys.modules) with the entries CPython gives it. */
static ObjModule *make_main(VM *vm, const char *file) {
    ObjModule *m = tpModule_new(vm, vm->names[NAME___main__]);
    if (m == NULL) {
        return NULL;
    }
    ObjDict *d = m->dict;
    ObjDict *ann = tpDict_new(vm);
    if (ann == NULL || tpDict_set_str(vm, d, vm->names[NAME___annotations__], OBJ_VAL(ann)) < 0 ||
        tpDict_set_str(vm, d, vm->names[NAME___builtins__], vm->builtins_module) < 0) {
        return NULL;
    }
    if (file != NULL) {
        ObjStr *f = tpStr_from_cstr(vm, file);
        if (f == NULL || tpDict_set_str(vm, d, vm->names[NAME___file__], OBJ_VAL(f)) < 0 ||
            tpDict_set_cstr(vm, d, "__cached__", NONE_VAL) < 0) {
            return NULL;
        }
    }
    vm->main_module = OBJ_VAL(m);
    if (tpDict_set_str(vm, vm->modules, vm->names[NAME___main__], OBJ_VAL(m)) < 0) {
        return NULL;
    }
    return m;
}

static int run_main(VM *vm, const char *src, size_t len, const char *filename, const char *file,
                    bool script_file) {
    ObjModule *m = make_main(vm, file);
    if (m == NULL) {
        return -1;
    }
    ObjCode *code = compile_source(vm, src, len, filename, COMPILE_EXEC, script_file);
    if (code == NULL) {
        return -1;
    }
    Value r;
    return tpVM_run_code(vm, code, m->dict, NULL_VAL, &r);
}

/* Does one of the first two lines carry a PEP 263 coding declaration? */
static bool has_coding_cookie(const char *src, size_t len) {
    const char *p = src, *end = src + len;
    for (int line = 0; line < 2 && p < end; line++) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t n = eol ? (size_t)(eol - p) : (size_t)(end - p);
        const char *q = p;
        while (q < p + n && (*q == ' ' || *q == '\t' || *q == '\f')) {
            q++;
        }
        if (q < p + n && *q == '#') {
            for (const char *c = q; c + 6 < p + n; c++) {
                if (memcmp(c, "coding", 6) == 0 && (c[6] == ':' || c[6] == '=')) {
                    return true;
                }
            }
        } else if (q < p + n) {
            return false; /* a code line ends the search */
        }
        p = eol ? eol + 1 : end;
    }
    return false;
}

/* Length of the valid UTF-8 sequence at p (1..4), or 0 if invalid. */
static size_t utf8_seq_len(const unsigned char *p, const unsigned char *end) {
    size_t n = p[0] < 0x80 ? 1 : (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3
             : (p[0] & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || (n == 2 && p[0] < 0xC2) || p + n > end) {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            return 0;
        }
    }
    return n;
}

/* A source file without a coding declaration must be UTF-8; CPython reports a bad byte without
 * a location: "Non-UTF-8 code starting with '\xe9' in file x.py on line 2, but no encoding
 * declared; see https://peps.python.org/pep-0263/ for details". */
int tpRun_check_utf8_file(VM *vm, const char *src, size_t len, const char *path) {
    if (has_coding_cookie(src, len)) {
        return 0;
    }
    const unsigned char *p = (const unsigned char *)src, *end = p + len;
    while (p < end) {
        /* ASCII 8 bytes at a time (the line count only matters for the error message, so the
         * newlines skipped here are counted then, by a second pass) */
        uint64_t w;
        if (end - p >= 8 && (memcpy(&w, p, 8), (w & 0x8080808080808080ull) == 0)) {
            p += 8;
            continue;
        }
        size_t n = utf8_seq_len(p, end);
        if (n == 0) {
            int line = 1;
            for (const unsigned char *q = (const unsigned char *)src; q < p; q++) {
                line += *q == '\n';
            }
            return tpErr_format(vm, EXC_SyntaxError,
                                "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                                "but no encoding declared; see https://peps.python.org/pep-0263/ "
                                "for details",
                                (unsigned)*p, path, line);
        }
        p += n;
    }
    return 0;
}

/* A NUL byte in a script file: CPython's file reader stops at the line holding it and reports
 * that line's text up to the NUL, at offset 0. */
static int check_nul_file(VM *vm, const char *src, size_t len, const char *path) {
    const char *nul = memchr(src, '\0', len);
    if (nul == NULL) {
        return 0;
    }
    int line = 1;
    const char *start = src;
    for (const char *p = src; p < nul; p++) {
        if (*p == '\n') {
            line++;
            start = p + 1;
        }
    }
    char *text = strndup(start, (size_t)(nul - start));
    if (text == NULL) {
        return tpErr_no_memory(vm);
    }
    tpErr_syntax(vm, EXC_SyntaxError, "source code cannot contain null bytes", path, line, 0, line,
                 0, text);
    free(text);
    return -1;
}

int tpRun_file(VM *vm, const char *path, const char *src, size_t len) {
    if (check_nul_file(vm, src, len, path) < 0 || tpRun_check_utf8_file(vm, src, len, path) < 0) {
        return -1;
    }
    return run_main(vm, src, len, path, path, true);
}

int tpRun_string(VM *vm, const char *src, const char *filename) {
    bool is_stdin = strcmp(filename, "<stdin>") == 0;
    return run_main(vm, src, strlen(src), filename, is_stdin ? filename : NULL, false);
}

/* ==== -m module ==== */

/* CPython runs `-m mod` through its runpy module, so errors while importing the parent
 * package or running the module show "<frozen runpy>" frames (without source) at the top of
 * the traceback. taipan runs the same steps in Python code compiled under that file name, with
 * each call on the line CPython 3.11 reports; the C hook _prepare does the rest. */
static const struct {
    int line;
    const char *text;
} runpy_src[] = {
    {1, "import sys"},
    {2, "class _Error(Exception): pass"},
    {88, "def _run_code(code, g): exec(code, g)"},
    {100, "def _get_module_details(mod_name):"},
    {101, "    if mod_name.startswith('.'):"},
    {102, "        raise _Error('Relative module names not supported')"},
    {103, "    pkg_name = mod_name.rpartition('.')[0]"},
    {104, "    if pkg_name:"},
    {105, "        try:"},
    {112, "            __import__(pkg_name)"},
    {113, "        except ImportError as e:"},
    {114, "            if e.name is None or (e.name != pkg_name and"},
    {115, "                                  not pkg_name.startswith(e.name + '.')):"},
    {116, "                raise"},
    {117, "    try:"},
    {118, "        spec = _find_spec(mod_name)"},
    {119, "    except (ImportError, AttributeError, TypeError, ValueError) as ex:"},
    {120, "        raise _Error('Error while finding module specification for %r (%s: %s)'"},
    {121, "                     % (mod_name, type(ex).__name__, ex)) from None"},
    {122, "    if spec is None:"},
    {123, "        raise _Error('No module named %s' % mod_name)"},
    {124, "    if spec.submodule_search_locations is not None:"},
    {125, "        if mod_name == '__main__' or mod_name.endswith('.__main__'):"},
    {126, "            raise _Error('Cannot use package as __main__ module')"},
    {127, "        try:"},
    {148, "            return _get_module_details(mod_name + '.__main__')"},
    {149, "        except _Error as e:"},
    {150, "            if mod_name not in sys.modules:"},
    {151, "                raise"},
    {152, "            raise _Error('%s; %r is a package and cannot be directly executed'"},
    {153, "                         % (e, mod_name)) from None"},
    {154, "    if spec.origin == 'built-in':"},
    {155, "        raise _Error('No code object available for %s' % mod_name)"},
    {156, "    return mod_name, spec"},
    {180, "def _run_module_as_main(mod_name, alter_argv):"},
    {181, "    try:"},
    {189, "        mod_name, spec = _get_module_details(mod_name)"},
    {190, "    except _Error as exc:"},
    {191, "        raise SystemExit('%s: %s' % (sys.executable, exc)) from None"},
    {192, "    code, main_globals = _prepare(spec, alter_argv)"},
    {198, "    _run_code(code, main_globals)"},
};

/* _prepare(spec, alter_argv): make __main__ for the found module (sys.argv[0] = its file if
 * alter_argv) and compile it; returns (code, __main__.__dict__). */
static int runpy_prepare(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out) {
    Value spec = argv[0], name, origin;
    if (tpObj_getattr(vm, spec, tpStr_intern_cstr(vm, "name"), &name) < 0 ||
        tpObj_getattr(vm, spec, tpStr_intern_cstr(vm, "origin"), &origin) < 0) {
        return -1;
    }
    if (!tpObj_is(vm, name, TYPE_STR) || !tpObj_is(vm, origin, TYPE_STR)) {
        return tpErr_raise(vm, EXC_TypeError, "bad module spec");
    }
    ImportLocation loc;
    memset(&loc, 0, sizeof loc);
    snprintf(loc.file, sizeof loc.file, "%s", AS_STR(origin)->data);
    loc.source = tpImport_embedded_source(loc.file, &loc.size);
    loc.kind = loc.source ? LOC_EMBEDDED : LOC_FILE;
    Value sysargv = tpSys_get(vm, "argv");
    if (AS_BOOL(argv[1]) && tpObj_is(vm, sysargv, TYPE_LIST) && AS_LIST(sysargv)->len > 0) {
        AS_LIST(sysargv)->items[0] = origin;
        tpGC_barrier_list(vm, AS_LIST(sysargv), 0);
    }
    ObjModule *m = make_main(vm, NULL);
    if (m == NULL || tpImport_init_module_attrs(vm, m, AS_STR(name), &loc, spec) < 0) {
        return -1;
    }
    size_t len;
    char *owned;
    const char *src = tpImport_location_source(vm, &loc, &len, &owned);
    if (src == NULL) {
        return -1;
    }
    ObjCode *code = tpRun_check_utf8_file(vm, src, len, loc.file) < 0
                        ? NULL
                        : tpCompile_source(vm, src, len, loc.file, COMPILE_EXEC);
    free(owned);
    ObjTuple *t = code ? tpTuple_pack(vm, 2, OBJ_VAL(code), OBJ_VAL(m->dict)) : NULL;
    if (t == NULL) {
        return -1;
    }
    *out = OBJ_VAL(t);
    return 0;
}

static const MethodDef runpy_hooks[] = {
    TP_METHOD("_prepare", runpy_prepare, 2, 2),
    TP_METHOD_END,
};

/* Compile the runpy stand-in into a fresh namespace. */
static ObjDict *runpy_namespace(VM *vm) {
    StrBuf b;
    tpBuf_init(&b);
    int line = 1, rc = 0;
    for (size_t i = 0; i < TP_ARRAY_LEN(runpy_src) && rc == 0; i++) {
        for (; line < runpy_src[i].line && rc == 0; line++) {
            rc = tpBuf_putc(vm, &b, '\n');
        }
        rc = rc < 0 ? rc : tpBuf_puts(vm, &b, runpy_src[i].text);
        rc = rc < 0 ? rc : tpBuf_putc(vm, &b, '\n');
        line++;
    }
    rc = rc < 0 ? rc : tpBuf_putc(vm, &b, '\0');
    ObjDict *ns = rc < 0 ? NULL : tpDict_new(vm);
    ObjCode *code = ns ? tpCompile_source(vm, b.data, b.len - 1, "<frozen runpy>", COMPILE_EXEC)
                       : NULL;
    tpBuf_free(&b);
    ObjStr *name = tpStr_intern_cstr(vm, "runpy");
    Value imp, find, r;
    ObjStr *fs = tpStr_intern_cstr(vm, "find_spec");
    if (code == NULL || name == NULL || fs == NULL ||
        tpDict_set_str(vm, ns, vm->names[NAME___builtins__], vm->builtins_module) < 0 ||
        tpDict_set_str(vm, ns, vm->names[NAME___name__], OBJ_VAL(name)) < 0 ||
        tpImport(vm, tpStr_intern_cstr(vm, "_imp"), NULL_VAL, NULL_VAL, 0, &imp) < 0 ||
        tpObj_getattr(vm, imp, fs, &find) < 0 || tpDict_set_cstr(vm, ns, "_find_spec", find) < 0 ||
        tpVM_run_code(vm, code, ns, NULL_VAL, &r) < 0) {
        return NULL;
    }
    for (const MethodDef *d = runpy_hooks; d->name != NULL; d++) {
        Value f = tpCFunction_new(vm, d, NULL_VAL, NULL);
        if (IS_NULL(f) || tpDict_set_cstr(vm, ns, d->name, f) < 0) {
            return NULL;
        }
    }
    return ns;
}

int tpRun_module(VM *vm, const char *modname, bool alter_argv) {
    ObjDict *ns = runpy_namespace(vm);
    ObjStr *name = tpStr_from_cstr(vm, modname);
    Value fn = ns ? tpDict_get_str(vm, ns, tpStr_intern_cstr(vm, "_run_module_as_main")) : NULL_VAL;
    Value r, args[2] = {name ? OBJ_VAL(name) : NULL_VAL, BOOL_VAL(alter_argv)};
    if (IS_NULL(fn) || name == NULL) {
        return -1;
    }
    return tpObj_call(vm, fn, 2, args, NULL, &r);
}

/* ==== the interactive session ==== */

static ObjModule *main_for_repl(VM *vm) {
    if (IS_OBJ_TYPE(vm->main_module, vm->types[TYPE_MODULE])) {
        return (ObjModule *)AS_OBJ(vm->main_module);
    }
    return make_main(vm, NULL);
}

int tpRun_startup(VM *vm, const char *path) {
    ObjModule *m = main_for_repl(vm);
    size_t len;
    char *src = tpRun_read_file(path, &len);
    if (m == NULL || src == NULL) {
        free(src);
        return m == NULL ? -1 : 0; /* CPython ignores an unreadable startup file quietly */
    }
    ObjCode *code = tpCompile_source(vm, src, len, path, COMPILE_EXEC);
    free(src);
    Value r;
    return code == NULL ? -1 : tpVM_run_code(vm, code, m->dict, NULL_VAL, &r);
}

/* The text of sys.ps1 / sys.ps2 (str() of it), or the default (the str stays pinned until
 * the next safe point; libedit copies it). */
static const char *prompt_text(VM *vm, const char *which, const char *dflt) {
    Value p = tpSys_get(vm, which), s;
    if (!IS_NULL(p) && tpObj_str(vm, p, &s) == 0) {
        dflt = AS_STR(s)->data;
    }
    tpErr_clear(vm);
    return dflt;
}

static void prompt(VM *vm, const char *which, const char *dflt) {
    tpSys_flush_std(vm);
    dflt = prompt_text(vm, which, dflt);
    if (tpSys_write(vm, 1, dflt, strlen(dflt)) < 0) {
        tpErr_clear(vm);
    }
    tpSys_flush_std(vm);
}

/* One line for the prompt loop: REPL_LINE (*n bytes in *line), REPL_EOF or REPL_INTERRUPT.
 * On a terminal libedit reads it (repl_edit.c); else the prompt goes to stderr, as CPython's. */
static int read_line(VM *vm, bool tty, bool first, char **line, size_t *cap, ssize_t *n) {
    const char *which = first ? "ps1" : "ps2", *dflt = first ? ">>> " : "... ";
    if (!tty) {
        prompt(vm, which, dflt);
        errno = 0;
        *n = getline(line, cap, stdin);
        if (*n < 0 && ferror(stdin) && errno == EINTR) {
            clearerr(stdin);
            return REPL_SIGNAL;
        }
        return *n < 0 ? REPL_EOF : REPL_LINE;
    }
    tpSys_flush_std(vm);
    char *s;
    int st = tpRepl_read(vm, prompt_text(vm, which, dflt), &s);
    if (st == REPL_LINE) {
        free(*line);
        *line = s;
        *cap = strlen(s) + 1;
        *n = (ssize_t)strlen(s);
    }
    return st;
}

/* Does the line start with a compound statement's keyword? Then, even with its body on the
 * same line ("while x: f()"), the statement goes on until a blank line, as CPython's prompt. */
static bool compound_keyword(const char *line) {
    static const char *const kws[] = {"if", "while", "for", "try", "with", "def", "class",
                                      "async"};
    for (size_t i = 0; i < TP_ARRAY_LEN(kws); i++) {
        size_t n = strlen(kws[i]);
        if (strncmp(line, kws[i], n) == 0 && !isalnum((unsigned char)line[n]) &&
            line[n] != '_' && (unsigned char)line[n] < 0x80) {
            return true;
        }
    }
    return false;
}

/* Does a statement starting with this line need a block (so it ends at a blank line)? */
static bool opens_block(const char *line) {
    const char *end = line + strlen(line);
    const char *hash = strchr(line, '#');
    if (hash != NULL) {
        end = hash; /* good enough: a '#' inside a string on a header line is rare */
    }
    while (end > line && strchr(" \t\r\n", end[-1]) != NULL) {
        end--;
    }
    while (*line == ' ' || *line == '\t') {
        line++;
    }
    return (end > line && end[-1] == ':') || *line == '@' || compound_keyword(line);
}

static bool blank(const char *s) {
    for (; *s; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' && *s != '\f') {
            return false;
        }
    }
    return true;
}

/* Is `src` an unfinished statement (open bracket, string, or backslash at the end)? */
static bool incomplete(VM *vm, const char *src, size_t len) {
    ObjCode *code = tpCompile_source(vm, src, len, "<stdin>", COMPILE_SINGLE);
    if (code != NULL) {
        return false;
    }
    Value exc = tpErr_fetch(vm), s;
    bool more = false;
    if (tpObj_str(vm, exc, &s) == 0) {
        const char *m = AS_STR(s)->data;
        more = strstr(m, "was never closed") || strstr(m, "unexpected EOF") ||
               strstr(m, "unterminated triple-quoted") || strstr(m, "expected an indented block");
    }
    tpErr_clear(vm);
    return more;
}

/* In a block, a line at column 0 that continues no statement (else:, except:, a closing
 * bracket...) ends it at once: CPython reports it as the SyntaxError it is without waiting for
 * the blank line. `b` holds the block with `line` (n bytes) already appended. */
static bool dedent_after_block(VM *vm, StrBuf *b, size_t n, const char *line) {
    static const char *const conts[] = {"else", "elif", "except", "finally", "case"};
    if (*line == ' ' || *line == '\t' || *line == '#' || *line == ')' || *line == ']' ||
        *line == '}' || b->len == n) {
        return false;
    }
    for (size_t i = 0; i < TP_ARRAY_LEN(conts); i++) {
        size_t k = strlen(conts[i]);
        if (strncmp(line, conts[i], k) == 0 && !isalnum((unsigned char)line[k]) &&
            line[k] != '_') {
            return false;
        }
    }
    /* only when the block before this line is a whole statement (not inside brackets) */
    char *before = strndup(b->data, b->len - n);
    if (before == NULL) {
        return false;
    }
    ObjCode *code = tpCompile_source(vm, before, b->len - n, "<stdin>", COMPILE_SINGLE);
    free(before);
    tpErr_clear(vm);
    return code != NULL;
}

/* Run one statement; its exception is reported, except SystemExit (returned as -1). */
static int run_statement(VM *vm, ObjModule *m, const char *src, size_t len) {
    ObjCode *code = tpCompile_source(vm, src, len, "<stdin>", COMPILE_SINGLE);
    Value r;
    tpRepl_set_keyboard_interrupt(false);
    if (code != NULL && tpVM_run_code(vm, code, m->dict, NULL_VAL, &r) == 0) {
        return 0;
    }
    Value exc = tpErr_fetch(vm);
    tpRepl_set_keyboard_interrupt(
        tpType_is_subtype(tpType_of(vm, exc), vm->exc_types[EXC_KeyboardInterrupt]));
    if (tpType_is_subtype(tpType_of(vm, exc), vm->exc_types[EXC_SystemExit])) {
        vm->exc = exc;
        return -1;
    }
    /* the prompt keeps the last error for pdb.pm() & co. */
    static const char *const last[] = {"last_type", "last_value", "last_traceback"};
    Value vals[3] = {OBJ_VAL(tpType_of(vm, exc)), exc,
                     tpExc_check(vm, exc) ? AS_EXC(exc)->traceback : NONE_VAL};
    for (int i = 0; i < 3; i++) {
        ObjStr *k = tpStr_intern_cstr(vm, last[i]);
        if (k == NULL || tpObj_setattr(vm, vm->sys_module, k, vals[i]) < 0) {
            tpErr_clear(vm);
        }
    }
    tpSys_flush_std(vm);
    Value hook = tpSys_get(vm, "excepthook"), hr;
    if (!IS_NULL(hook) && hook != tpSys_get(vm, "__excepthook__")) {
        if (tpObj_call(vm, hook, 3, vals, NULL, &hr) == 0) {
            return 0;
        }
        tpErr_clear(vm); /* a failing hook: fall back to the standard report */
    }
    tpErr_print(vm, exc);
    return 0;
}

int tpRun_interactive(VM *vm) {
    ObjModule *m = main_for_repl(vm);
    if (m == NULL) {
        return -1;
    }
    static const char *const prompts[][2] = {{"ps1", ">>> "}, {"ps2", "... "}};
    for (int i = 0; i < 2; i++) {
        ObjStr *k = tpStr_intern_cstr(vm, prompts[i][0]);
        ObjStr *v = tpStr_from_cstr(vm, prompts[i][1]);
        if (k == NULL || v == NULL ||
            (IS_NULL(tpSys_get(vm, prompts[i][0])) &&
             tpObj_setattr(vm, vm->sys_module, k, OBJ_VAL(v)) < 0)) {
            return -1;
        }
    }
    StrBuf b;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = 0;
    bool block = false, tty = tpRepl_is_tty();
    int rc = 0;
    tpBuf_init(&b);
    if (tty) {
        tpRepl_begin(vm);
    }
    for (;;) {
        int st = read_line(vm, tty, b.len == 0, &line, &cap, &n);
        if (st == REPL_SIGNAL) {
            /* a signal at the prompt (piped stdin): run its handler; KeyboardInterrupt (or
             * another exception) is reported and the statement dropped */
            if (tpSignal_run_pending(vm) < 0) {
                Value exc = tpErr_fetch(vm);
                if (tpSys_write(vm, 1, "\n", 1) < 0) {
                    tpErr_clear(vm);
                }
                tpErr_print(vm, exc);
                b.len = 0;
            }
            continue;
        }
        if (st == REPL_INTERRUPT) {
            /* Ctrl-C at the prompt drops what was typed, as CPython's */
            if (tpSys_write(vm, 1, "\nKeyboardInterrupt\n", 19) < 0) {
                tpErr_clear(vm);
            }
            b.len = 0;
            continue;
        }
        if (st == REPL_EOF) {
            if (!tty && tpSys_write(vm, 1, "\n", 1) < 0) { /* libedit has ended the line */
                tpErr_clear(vm);
            }
            rc = b.len > 0 ? run_statement(vm, m, b.data, b.len) : 0;
            break;
        }
        if (b.len == 0 && blank(line)) {
            continue;
        }
        if (b.len == 0) {
            block = opens_block(line);
        }
        if (tpBuf_put(vm, &b, line, (size_t)n) < 0 || tpBuf_putc(vm, &b, '\0') < 0) {
            rc = -1;
            break;
        }
        b.len--; /* keep the text NUL-terminated for the parser */
        bool done = block ? blank(line) || dedent_after_block(vm, &b, (size_t)n, line)
                          : !incomplete(vm, b.data, b.len);
        if (done) {
            rc = run_statement(vm, m, b.data, b.len);
            b.len = 0;
            if (rc < 0) {
                break;
            }
        }
    }
    if (tty) {
        tpRepl_end(vm);
    }
    free(line);
    tpBuf_free(&b);
    return rc;
}
