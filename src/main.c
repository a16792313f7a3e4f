/*
 * main.c — the taipan command line: option parsing (CPython-compatible subset), running a file,
 * -c code or stdin as __main__, and turning the outcome into an exit status (SystemExit rules,
 * uncaught exceptions through sys.excepthook / tpErr_print, KeyboardInterrupt → 130).
 * `--dis FILE` prints the disassembly instead of running (debugging aid).
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "interp.h"

typedef struct Options {
    const char *command;    /* -c */
    const char *file;       /* script path, "-" for stdin */
    int first_arg;          /* index in argv of sys.argv[0] */
    bool dis;
    bool unbuffered;
} Options;

static const char *prog_basename(const char *argv0) {
    const char *slash = strrchr(argv0, '/');
    return slash ? slash + 1 : argv0;
}

static int usage_error(const char *argv0, const char *fmt, const char *what) {
    fprintf(stderr, fmt, what);
    fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    "Try `python -h' for more information.\n",
            argv0);
    return 2;
}

static void print_help(const char *argv0) {
    printf("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
           "Options:\n"
           "-c cmd : program passed in as string (terminates option list)\n"
           "-h     : print this help message and exit (also -? or --help)\n"
           "-V     : print the Python version number and exit (also --version)\n"
           "--dis  : print the bytecode of the program instead of running it\n"
           "file   : program read from script file\n"
           "-      : program read from stdin (default; interactive mode if a tty)\n"
           "arg ...: arguments passed to program in sys.argv[1:]\n",
           argv0);
}

/* Options that take an argument (ignored by taipan apart from validation). */
static bool takes_arg(char c) { return c == 'W' || c == 'X' || c == 'm' || c == 'c'; }

/* Returns -1 to continue, else an exit status. */
static int parse_options(int argc, char **argv, Options *o) {
    memset(o, 0, sizeof *o);
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            break;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            printf("Python %s\n", TP_VERSION);
            return 0;
        }
        if (strcmp(a, "--help") == 0) {
            print_help(argv[0]);
            return 0;
        }
        if (strcmp(a, "--dis") == 0) {
            o->dis = true;
            continue;
        }
        if (a[1] == '-') {
            return usage_error(argv[0], "unknown option %s\n", a);
        }
        for (int k = 1; a[k]; k++) {
            char c = a[k];
            if (takes_arg(c)) {
                const char *val = a[k + 1] ? a + k + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (val == NULL) {
                    char opt[3] = {'-', c, 0};
                    return usage_error(argv[0], "Argument expected for the %s option\n", opt);
                }
                if (c == 'c') {
                    o->command = val;
                    o->first_arg = i;
                    return -1;
                }
                if (c == 'm') {
                    fprintf(stderr, "%s: -m is not supported yet\n", prog_basename(argv[0]));
                    return 2;
                }
                break;
            }
            if (c == 'V') {
                printf("Python %s\n", TP_VERSION);
                return 0;
            }
            if (c == 'h' || c == '?') {
                print_help(argv[0]);
                return 0;
            }
            if (c == 'u') {
                o->unbuffered = true;
            }
            if (!strchr("bBdEiIOPqsSuvx", c)) {
                char opt[3] = {'-', c, 0};
                return usage_error(argv[0], "Unknown option: %s\n", opt);
            }
        }
    }
    if (i < argc) {
        o->file = argv[i];
        o->first_arg = i;
    } else {
        o->file = "-";
        o->first_arg = argc;
    }
    return -1;
}

/* Exit status for an uncaught exception (after reporting it). */
static int handle_exception(VM *vm, Value exc) {
    if (tpType_is_subtype(tpType_of(vm, exc), vm->exc_types[EXC_SystemExit])) {
        Value code = tpExc_exit_code(vm, exc);
        if (IS_NONE(code)) {
            return 0;
        }
        if (IS_INT(code) || IS_BOOL(code)) {
            return (int)(IS_BOOL(code) ? AS_BOOL(code) : AS_INT(code)) & 0xff;
        }
        if (tpInt_check(vm, code)) {
            return 0xff;
        }
        tpSys_flush_std(vm);
        Value s;
        if (tpObj_str(vm, code, &s) < 0) {
            tpErr_clear(vm);
        } else if (tpSys_write(vm, 1, AS_STR(s)->data, AS_STR(s)->nbytes) < 0 ||
                   tpSys_write(vm, 1, "\n", 1) < 0) {
            tpErr_clear(vm);
        }
        return 1;
    }
    tpSys_flush_std(vm);
    Value hook = tpSys_get(vm, "excepthook");
    Value orig = tpSys_get(vm, "__excepthook__");
    if (!IS_NULL(hook) && hook != orig) {
        Value args[3] = {OBJ_VAL(tpType_of(vm, exc)), exc, AS_EXC(exc)->traceback}, r;
        if (tpObj_call(vm, hook, 3, args, NULL, &r) < 0) {
            Value e2 = tpErr_fetch(vm);
            tpSys_write(vm, 1, "Error in sys.excepthook:\n", 25) < 0 ? tpErr_clear(vm) : (void)0;
            tpErr_print(vm, e2);
            tpSys_write(vm, 1, "\nOriginal exception was:\n", 25) < 0 ? tpErr_clear(vm)
                                                                          : (void)0;
            tpErr_print(vm, exc);
        }
    } else {
        tpErr_print(vm, exc);
    }
    if (tpType_is_subtype(tpType_of(vm, exc), vm->exc_types[EXC_KeyboardInterrupt])) {
        return 130;
    }
    return 1;
}

static char *read_stdin(size_t *len) {
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        size_t k = fread(buf + n, 1, cap - n - 1, stdin);
        n += k;
        if (k == 0) {
            break;
        }
        if (n + 1 == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (nb == NULL) {
                free(buf);
            }
            buf = nb;
        }
    }
    if (buf != NULL) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

static int disassemble(VM *vm, const char *src, size_t len, const char *filename) {
    ObjCode *code = tpCompile_source(vm, src, len, filename, COMPILE_EXEC);
    if (code == NULL) {
        return -1;
    }
    tpCode_disassemble(vm, code, stdout);
    return 0;
}

static bool is_directory(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* sys.path[0]: the script's directory (resolved), or "" for -c / stdin. */
static void script_dir(const char *file, char *out, size_t n) {
    char real[PATH_MAX];
    out[0] = '\0';
    if (realpath(file, real) == NULL) {
        return;
    }
    char *slash = strrchr(real, '/');
    if (slash == real) {
        slash[1] = '\0';
    } else if (slash != NULL) {
        *slash = '\0';
    }
    snprintf(out, n, "%s", real);
}

static int run_program(VM *vm, const Options *o, int argc, char **argv) {
    const char *prog = prog_basename(argv[0]);
    if (o->command != NULL) {
        static char dash_c[] = "-c";
        char **args = argv + o->first_arg;
        char *saved = args[0];
        args[0] = dash_c;
        int rc = tpSys_set_argv(vm, argc - o->first_arg, args, "");
        args[0] = saved;
        if (rc < 0) {
            return -1;
        }
        return o->dis ? disassemble(vm, o->command, strlen(o->command), "<string>")
                      : tpRun_string(vm, o->command, "<string>");
    }
    bool is_stdin = strcmp(o->file, "-") == 0;
    /* CPython names the main script by its absolute (not normalised) path */
    char abs[8300], dir[PATH_MAX];
    const char *path = o->file;
    dir[0] = '\0';
    if (!is_stdin) {
        char cwd[PATH_MAX];
        if (o->file[0] != '/' && getcwd(cwd, sizeof cwd) != NULL) {
            snprintf(abs, sizeof abs, "%.4000s/%.4000s", cwd, o->file);
        } else {
            snprintf(abs, sizeof abs, "%s", o->file);
        }
        path = abs;
        if (is_directory(o->file)) {
            char mainpy[sizeof abs];
            if (snprintf(mainpy, sizeof mainpy, "%s%s__main__.py", abs,
                         abs[strlen(abs) - 1] == '/' ? "" : "/") >= (int)sizeof mainpy) {
                mainpy[0] = '\0';
            }
            if (access(mainpy, F_OK) != 0) {
                tpSys_flush_std(vm);
                fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", prog, abs);
                return 3;
            }
            if (realpath(o->file, dir) == NULL) {
                dir[0] = '\0';
            }
            memcpy(abs, mainpy, sizeof abs);
        } else {
            script_dir(o->file, dir, sizeof dir);
        }
    }
    size_t len = 0;
    char *src = is_stdin ? read_stdin(&len) : tpRun_read_file(path, &len);
    if (src == NULL) {
        int e = errno;
        tpSys_flush_std(vm);
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog, abs, e, strerror(e));
        return 2;
    }
    int argn = o->first_arg < argc ? argc - o->first_arg : 0;
    static char empty[] = "";
    char *one[1] = {empty};
    int rc = tpSys_set_argv(vm, argn ? argn : 1, argn ? argv + o->first_arg : one, dir);
    if (rc == 0) {
        const char *fname = is_stdin ? "<stdin>" : path;
        if (o->dis) {
            rc = disassemble(vm, src, len, fname);
        } else if (is_stdin) {
            rc = tpRun_string(vm, src, fname);
        } else {
            rc = tpRun_file(vm, fname, src, len);
        }
    }
    free(src);
    return rc;
}

int main(int argc, char **argv) {
    Options o;
    int status = parse_options(argc, argv, &o);
    if (status >= 0) {
        return status;
    }
    if (o.unbuffered) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }
    VM *vm = tpVM_new(argc, argv);
    if (vm == NULL) {
        return 1;
    }
    vm->prog_name = prog_basename(argv[0]);
    int rc = run_program(vm, &o, argc, argv);
    if (rc == 2 || rc == 3) {
        status = rc == 2 ? 2 : 1;
    } else if (rc < 0) {
        Value exc = tpErr_fetch(vm);
        status = handle_exception(vm, exc);
    } else {
        status = 0;
    }
    tpSys_flush_std(vm);
    tpVM_free(vm);
    return status;
}
