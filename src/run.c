/*
 * run.c — from source text to running code: tpCompile_source (parse into an arena, turn parser
 * errors into SyntaxError & co., compile), and running a file / -c string as the __main__ module.
 */
#include <errno.h>
#include <stdlib.h>

/* ast.h's operator-count enumerator clashes with code.h's opcode count: rename it here */
#define OP__COUNT AST_OP__COUNT
#include "parser.h"
#undef OP__COUNT

#include "compiler.h"
#include "interp.h"

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

ObjCode *tpCompile_source(VM *vm, const char *src, size_t len, const char *filename, int mode) {
    AstArena *arena = ast_arena_new();
    if (arena == NULL) {
        tpErr_no_memory(vm);
        return NULL;
    }
    static const int parse_modes[] = {PARSE_FILE, PARSE_EVAL, PARSE_SINGLE};
    ParseError err;
    memset(&err, 0, sizeof err);
    Mod *mod = tpParse(arena, src, len, filename, parse_modes[mode], &err);
    ObjCode *code = NULL;
    if (mod == NULL) {
        int exc = parse_error_exc(err.type);
        if (exc == EXC_RecursionError || exc == EXC_MemoryError) {
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

static int run_main(VM *vm, const char *src, size_t len, const char *filename, const char *file) {
    ObjModule *m = make_main(vm, file);
    if (m == NULL) {
        return -1;
    }
    ObjCode *code = tpCompile_source(vm, src, len, filename, COMPILE_EXEC);
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
    int line = 1;
    while (p < end) {
        size_t n = utf8_seq_len(p, end);
        if (n == 0) {
            return tpErr_format(vm, EXC_SyntaxError,
                                "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                                "but no encoding declared; see https://peps.python.org/pep-0263/ "
                                "for details",
                                (unsigned)*p, path, line);
        }
        line += *p == '\n';
        p += n;
    }
    return 0;
}

int tpRun_file(VM *vm, const char *path, const char *src, size_t len) {
    if (tpRun_check_utf8_file(vm, src, len, path) < 0) {
        return -1;
    }
    return run_main(vm, src, len, path, path);
}

int tpRun_string(VM *vm, const char *src, const char *filename) {
    bool is_stdin = strcmp(filename, "<stdin>") == 0;
    return run_main(vm, src, strlen(src), filename, is_stdin ? filename : NULL);
}
