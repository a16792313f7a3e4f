/*
 * main.c — the taipan command line, as CPython's: options (-c -m -i -u -E -I -P -B -q -x -V -h
 * ...), the PYTHON* environment variables that act like options, sys.argv / sys.path[0] / sys.flags
 * for each mode, running a file, directory, -c code, -m module or stdin as __main__, the -i
 * prompt, and turning the outcome into an exit status (SystemExit rules, uncaught exceptions
 * through sys.excepthook / tpErr_print, KeyboardInterrupt → 130).
 * `--dis FILE` prints the disassembly instead of running (debugging aid).
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "interp.h"
#include "objmodel.h"
#include "signals.h"
#include "repl.h"

/* The program ended with an uncaught KeyboardInterrupt: exit by SIGINT, as CPython. */
static bool died_of_interrupt;

typedef struct Options {
    const char *command;    /* -c */
    const char *module;     /* -m */
    const char *file;       /* script path, "-" for stdin */
    int first_arg;          /* index in argv of sys.argv[0] */
    bool dis;
    bool unbuffered;        /* -u, PYTHONUNBUFFERED */
    bool inspect;           /* -i, PYTHONINSPECT */
    bool interactive_opt;   /* -i itself (sys.flags.interactive) */
    bool isolate;           /* -I */
    bool ignore_env;        /* -E (implied by -I) */
    bool safe_path;         /* -P, PYTHONSAFEPATH (implied by -I) */
    bool no_user_site;      /* -s (implied by -I) */
    bool no_site;           /* -S */
    bool quiet;             /* -q */
    bool no_bytecode;       /* -B, PYTHONDONTWRITEBYTECODE */
    bool skip_first;        /* -x */
    int optimize, verbose, bytes_warning, debug, version;
    const char **warn, **xopt;  /* -W / -X values (sys.warnoptions / sys._xoptions) */
    int nwarn, nxopt;
    int int_digits;         /* -X int_max_str_digits, PYTHONINTMAXSTRDIGITS; -1 = not given */
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
    printf("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", argv0);
    fputs("Options (and corresponding environment variables):\n"
          "-b     : issue warnings about str(bytes_instance), str(bytearray_instance)\n"
          "         and comparing bytes/bytearray with str. (-bb: issue errors)\n"
          "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
          "-c cmd : program passed in as string (terminates option list)\n"
          "-d     : turn on parser debugging output (for experts only, only works on\n"
          "         debug builds); also PYTHONDEBUG=x\n"
          "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
          "-h     : print this help message and exit (also -? or --help)\n"
          "-i     : inspect interactively after running script; forces a prompt even\n"
          "         if stdin does not appear to be a terminal; also PYTHONINSPECT=x\n"
          "-I     : isolate Python from the user's environment (implies -E and -s)\n"
          "-m mod : run library module as a script (terminates option list)\n"
          "-O     : remove assert and __debug__-dependent statements; add .opt-1 before\n"
          "         .pyc extension; also PYTHONOPTIMIZE=x\n"
          "-OO    : do -O changes and also discard docstrings; add .opt-2 before\n"
          "         .pyc extension\n"
          "-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH\n"
          "-q     : don't print version and copyright messages on interactive startup\n"
          "-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE\n"
          "-S     : don't imply 'import site' on initialization\n"
          "-u     : force the stdout and stderr streams to be unbuffered;\n"
          "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
          "-v     : verbose (trace import statements); also PYTHONVERBOSE=x\n"
          "         can be supplied multiple times to increase verbosity\n"
          "-V     : print the Python version number and exit (also --version)\n"
          "         when given twice, print more information about the build\n"
          "-W arg : warning control; arg is action:message:category:module:lineno\n"
          "         also PYTHONWARNINGS=arg\n"
          "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
          "-X opt : set implementation-specific option\n"
          "--check-hash-based-pycs always|default|never:\n"
          "         control how Python invalidates hash-based .pyc files\n"
          "--help-env      : print help about Python environment variables and exit\n"
          "--help-xoptions : print help about implementation-specific -X options and exit\n"
          "--help-all      : print complete help information and exit\n"
          "--dis  : (taipan) print the bytecode of the program instead of running it\n"
          "Arguments:\n"
          "file   : program read from script file\n"
          "-      : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...: arguments passed to program in sys.argv[1:]\n",
          stdout);
}

/* --help-env: CPython's text for the environment variables taipan reads. */
static void print_help_env(void) {
    fputs("Environment variables that change behavior:\n"
          "PYTHONSTARTUP: file executed on interactive startup (no default)\n"
          "PYTHONPATH   : ':'-separated list of directories prefixed to the\n"
          "               default module search path.  The result is sys.path.\n"
          "PYTHONHASHSEED: if this variable is set to 'random', a random value is used\n"
          "   to seed the hashes of str and bytes objects.  It can also be set to an\n"
          "   integer in the range [0,4294967295] to get hash values with a\n"
          "   predictable seed.\n"
          "These variables have equivalent command-line parameters (see --help for details):\n"
          "PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)\n"
          "PYTHONINSPECT           : inspect interactively after running script (-i)\n"
          "PYTHONNOUSERSITE        : disable user site directory (-s)\n"
          "PYTHONOPTIMIZE          : enable level 1 optimizations (-O)\n"
          "PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)\n"
          "PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)\n"
          "PYTHONWARNINGS=arg      : warning control (-W arg)\n",
          stdout);
}

/* --help-xoptions: taipan records every -X option in sys._xoptions but none changes what it
 * does, so only CPython's heading is printed, with a note. */
static void print_help_xoptions(void) {
    fputs("The following implementation-specific options are available:\n"
          "\n"
          "(taipan: -X options are recorded in sys._xoptions; none changes its behaviour)\n",
          stdout);
}

/* Options that take an argument. */
static bool takes_arg(char c) { return c == 'W' || c == 'X' || c == 'm' || c == 'c'; }

/* One single-letter flag. Returns -1 to continue, else an exit status. */
static int short_flag(Options *o, char c, const char *argv0) {
    switch (c) {
    case 'h': case '?': print_help(argv0); return 0;
    case 'V': o->version++; return -1;
    case 'u': o->unbuffered = true; return -1;
    case 'i': o->inspect = o->interactive_opt = true; return -1;
    case 'I': o->isolate = o->ignore_env = o->safe_path = o->no_user_site = true; return -1;
    case 'E': o->ignore_env = true; return -1;
    case 'P': o->safe_path = true; return -1;
    case 's': o->no_user_site = true; return -1;
    case 'S': o->no_site = true; return -1;
    case 'q': o->quiet = true; return -1;
    case 'B': o->no_bytecode = true; return -1;
    case 'O': o->optimize++; return -1;
    case 'v': o->verbose++; return -1;
    case 'b': o->bytes_warning++; return -1;
    case 'd': o->debug++; return -1;
    case 'x': o->skip_first = true; return -1;
    default: {
        char opt[3] = {'-', c, 0};
        return usage_error(argv0, "Unknown option: %s\n", opt);
    }
    }
}

/* Returns -1 to continue, else an exit status. */
static int parse_options(int argc, char **argv, Options *o) {
    memset(o, 0, sizeof *o);
    o->warn = calloc((size_t)argc, sizeof *o->warn);
    o->xopt = calloc((size_t)argc, sizeof *o->xopt);
    if (o->warn == NULL || o->xopt == NULL) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
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
            o->version++;
            continue;
        }
        if (strcmp(a, "--help") == 0) {
            print_help(argv[0]);
            return 0;
        }
        if (strcmp(a, "--help-env") == 0 || strcmp(a, "--help-xoptions") == 0 ||
            strcmp(a, "--help-all") == 0) {
            /* --help-all: the three texts, a blank line apart as CPython's */
            bool all = a[7] == 'a';
            if (all) {
                print_help(argv[0]);
                fputs("\n\n", stdout);
            }
            if (all || a[7] == 'e') {
                print_help_env();
            }
            if (all) {
                fputs("\n\n", stdout);
            }
            if (all || a[7] == 'x') {
                print_help_xoptions();
            }
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
                if (c == 'c' || c == 'm') {
                    *(c == 'c' ? &o->command : &o->module) = val;
                    o->first_arg = i;
                    return -1;
                }
                if (c == 'W') {
                    o->warn[o->nwarn++] = val;
                } else {
                    o->xopt[o->nxopt++] = val;
                }
                break;
            }
            int st = short_flag(o, c, argv[0]);
            if (st >= 0) {
                return st;
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

static bool env_set(const Options *o, const char *name) {
    const char *v = o->ignore_env ? NULL : getenv(name);
    return v != NULL && *v != '\0';
}

/* Environment variables that act like options (none of them with -E / -I). */
static void apply_env(Options *o) {
    o->unbuffered |= env_set(o, "PYTHONUNBUFFERED");
    o->inspect |= env_set(o, "PYTHONINSPECT");
    o->safe_path |= env_set(o, "PYTHONSAFEPATH");
    o->no_user_site |= env_set(o, "PYTHONNOUSERSITE");
    o->no_bytecode |= env_set(o, "PYTHONDONTWRITEBYTECODE");
    if (env_set(o, "PYTHONOPTIMIZE") && o->optimize == 0) {
        o->optimize = atoi(getenv("PYTHONOPTIMIZE")) > 0 ? atoi(getenv("PYTHONOPTIMIZE")) : 1;
    }
    if (o->ignore_env) {
        unsetenv("PYTHONHASHSEED"); /* read by the VM at start-up */
    }
}

/* Append s to the list unless it is there already (CPython keeps each warning option once). */
static int add_unique(VM *vm, ObjList *l, const char *s, size_t n) {
    for (size_t i = 0; i < l->len; i++) {
        ObjStr *e = AS_STR(l->items[i]);
        if (e->nbytes == n && memcmp(e->data, s, n) == 0) {
            return 0;
        }
    }
    ObjStr *v = tpStr_new(vm, s, n);
    return v == NULL ? -1 : tpList_append(vm, l, OBJ_VAL(v));
}

/* A digit limit as CPython accepts it: a whole decimal number, 0 or >= 640; -1 if invalid. */
static int parse_digit_limit(const char *s) {
    char *end;
    errno = 0;
    long n = s == NULL ? -1 : strtol(s, &end, 10);
    if (s == NULL || end == s || *end != '\0' || errno != 0 || n > INT_MAX ||
        (n != 0 && n < 640)) {
        return -1;
    }
    return (int)n;
}

/* -X int_max_str_digits=N (it wins) or PYTHONINTMAXSTRDIGITS into o->int_digits; an invalid
 * value is a fatal start-up error (-1), as in CPython. */
static int int_digits_option(Options *o) {
    o->int_digits = -1;
    const char *env = o->ignore_env ? NULL : getenv("PYTHONINTMAXSTRDIGITS"), *what = NULL;
    if (env != NULL && *env != '\0') {
        what = "PYTHONINTMAXSTRDIGITS";
        o->int_digits = parse_digit_limit(env);
    }
    for (int i = 0; i < o->nxopt; i++) {
        const char *x = o->xopt[i], *name = "int_max_str_digits";
        if (strncmp(x, name, strlen(name)) == 0 && (x[strlen(name)] == '\0' ||
                                                    x[strlen(name)] == '=')) {
            what = "-X int_max_str_digits";
            o->int_digits = parse_digit_limit(x[strlen(name)] ? x + strlen(name) + 1 : NULL);
        }
    }
    if (what != NULL && o->int_digits < 0) {
        fprintf(stderr, "Fatal Python error: config_init_int_max_str_digits: %s: invalid limit; "
                        "must be >= 640 or 0 for unlimited.\nPython runtime state: "
                        "preinitialized\n\n", what);
        return -1;
    }
    return 0;
}

/* The development mode: -X dev (with any value) or a non-empty PYTHONDEVMODE. Its effects here:
 * sys.flags.dev_mode, and warnings shown by default ("default" first in sys.warnoptions). */
static bool dev_mode(const Options *o) {
    for (int i = 0; i < o->nxopt; i++) {
        if (strcmp(o->xopt[i], "dev") == 0 || strncmp(o->xopt[i], "dev=", 4) == 0) {
            return true;
        }
    }
    const char *env = o->ignore_env ? NULL : getenv("PYTHONDEVMODE");
    return env != NULL && *env != '\0';
}

/* sys.warnoptions ("default" in the development mode, PYTHONWARNINGS's comma-separated entries,
 * then -W) and sys._xoptions (-X name or name=value). */
static int set_warn_xoptions(VM *vm, const Options *o) {
    Value wl = tpSys_get(vm, "warnoptions"), xd = tpSys_get(vm, "_xoptions");
    if (!tpObj_is(vm, wl, TYPE_LIST) || !tpObj_is(vm, xd, TYPE_DICT)) {
        return 0;
    }
    if (dev_mode(o) && add_unique(vm, AS_LIST(wl), "default", 7) < 0) {
        return -1;
    }
    const char *env = o->ignore_env ? NULL : getenv("PYTHONWARNINGS");
    for (const char *p = env; p != NULL && *p;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        if (n && add_unique(vm, AS_LIST(wl), p, n) < 0) {
            return -1;
        }
        p += n + (comma != NULL);
    }
    for (int i = 0; i < o->nwarn; i++) {
        if (add_unique(vm, AS_LIST(wl), o->warn[i], strlen(o->warn[i])) < 0) {
            return -1;
        }
    }
    if (AS_LIST(wl)->len > 0) {
        /* as CPython: the options are applied (or reported invalid) at start-up, by importing
         * the warnings module (lib/warnings.py); without options it is imported on first use */
        ObjStr *name = tpStr_intern_cstr(vm, "warnings");
        Value mod;
        if (name == NULL || tpImport(vm, name, NULL_VAL, NULL_VAL, 0, &mod) < 0) {
            return -1;
        }
    }
    for (int i = 0; i < o->nxopt; i++) {
        const char *eq = strchr(o->xopt[i], '=');
        ObjStr *k = eq ? tpStr_new(vm, o->xopt[i], (size_t)(eq - o->xopt[i]))
                       : tpStr_from_cstr(vm, o->xopt[i]);
        ObjStr *v = eq ? tpStr_from_cstr(vm, eq + 1) : NULL;
        if (k == NULL || (eq && v == NULL) ||
            tpDict_set(vm, AS_DICT(xd), OBJ_VAL(k), v ? OBJ_VAL(v) : TRUE_VAL) < 0) {
            return -1;
        }
    }
    return 0;
}

/* sys.flags from the options. */
static int set_flags(VM *vm, const Options *o) {
    static const char *const names[] = {
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
        "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "safe_path", "int_max_str_digits", "dev_mode"};
    const char *seed = o->ignore_env ? NULL : getenv("PYTHONHASHSEED");
    int values[] = {o->debug, o->inspect, o->interactive_opt, o->optimize, o->no_bytecode,
                    o->no_user_site, o->no_site, o->ignore_env, o->verbose, o->bytes_warning,
                    o->quiet, !(seed != NULL && strcmp(seed, "0") == 0), o->isolate,
                    o->safe_path, o->int_digits, dev_mode(o)};
    if (tpSys_set_flags(vm, (int)TP_ARRAY_LEN(names), names, values) < 0) {
        return -1;
    }
    /* straight into sys's dict (what setattr would do: the module type has no descriptor of
     * that name), so no lookup fills the module type's dict at every start-up */
    return tpDict_set_cstr(vm, ((ObjModule *)AS_OBJ(vm->sys_module))->dict, "dont_write_bytecode",
                           BOOL_VAL(o->no_bytecode));
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
        died_of_interrupt = true;
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

/* Set sys.argv from argv[first..] with argv0 replacing the first element. */
static int set_argv(VM *vm, int argc, char **argv, int first, const char *argv0) {
    int n = first < argc ? argc - first : 0;
    char **args = malloc(sizeof(char *) * (size_t)(n + 1));
    if (args == NULL) {
        return tpErr_no_memory(vm);
    }
    args[0] = (char *)argv0;
    for (int i = 1; i < n; i++) {
        args[i] = argv[first + i];
    }
    int rc = tpSys_set_argv(vm, n ? n : 1, args, NULL);
    free(args);
    return rc;
}

/* Run the program a script file / directory / stdin names. */
static int run_file_program(VM *vm, const Options *o, int argc, char **argv) {
    const char *prog = prog_basename(argv[0]);
    bool is_stdin = strcmp(o->file, "-") == 0;
    /* CPython names the main script by its absolute (not normalised) path */
    char abs[8300], dir[8300];
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
            snprintf(dir, sizeof dir, "%s", abs); /* as given, made absolute, not resolved */
            if (!o->dis) {
                /* CPython puts the folder first on sys.path (even with -P) and runs its
                 * __main__ module through runpy, leaving sys.argv[0] as given */
                return set_argv(vm, argc, argv, o->first_arg, argv[o->first_arg]) < 0 ||
                               tpSys_setup_path(vm, dir, !o->ignore_env, !o->no_site) < 0
                           ? -1
                           : tpRun_module(vm, "__main__", false);
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
    if (o->skip_first && !is_stdin) {
        /* -x: drop the first line's text but keep its newline, so line numbers stay right */
        char *nl = memchr(src, '\n', len);
        size_t cut = nl ? (size_t)(nl - src) : len;
        memmove(src, src + cut, len - cut + 1);
        len -= cut;
    }
    int rc = set_argv(vm, argc, argv, o->first_arg, o->first_arg < argc ? argv[o->first_arg] : "");
    if (rc == 0) {
        rc = tpSys_setup_path(vm, o->safe_path ? NULL : dir, !o->ignore_env, !o->no_site);
    }
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

static int run_program(VM *vm, const Options *o, int argc, char **argv) {
    if (o->command != NULL) {
        if (set_argv(vm, argc, argv, o->first_arg, "-c") < 0 ||
            tpSys_setup_path(vm, o->safe_path ? NULL : "", !o->ignore_env, !o->no_site) < 0) {
            return -1;
        }
        return o->dis ? disassemble(vm, o->command, strlen(o->command), "<string>")
                      : tpRun_string(vm, o->command, "<string>");
    }
    if (o->module != NULL) {
        char cwd[PATH_MAX];
        if (getcwd(cwd, sizeof cwd) == NULL) {
            cwd[0] = '\0';
        }
        if (set_argv(vm, argc, argv, o->first_arg, "-m") < 0 ||
            tpSys_setup_path(vm, o->safe_path ? NULL : cwd, !o->ignore_env, !o->no_site) < 0) {
            return -1;
        }
        return tpRun_module(vm, o->module, true);
    }
    return run_file_program(vm, o, argc, argv);
}

/* Is the program the interactive prompt (no script, stdin a terminal or -i)? */
static bool repl_from_start(const Options *o) {
    return o->command == NULL && o->module == NULL && strcmp(o->file, "-") == 0 &&
           (o->interactive_opt || isatty(0));
}

/* After the program: the prompt when inspecting (PYTHONINSPECT alone needs a terminal). */
static bool repl_after(const Options *o) {
    return o->inspect && !o->dis && (o->interactive_opt || isatty(0));
}

/* The interactive session: PYTHONSTARTUP, then statements read from stdin. */
static int run_repl(VM *vm, const Options *o, int argc, char **argv, bool startup) {
    if (startup) {
        if (set_argv(vm, argc, argv, o->first_arg, o->first_arg < argc ? argv[o->first_arg] : "") <
                0 ||
            tpSys_setup_path(vm, o->safe_path ? NULL : "", !o->ignore_env, !o->no_site) < 0) {
            return -1;
        }
        if (!o->quiet) {
            Value v = tpSys_get(vm, "version");
            tpSys_flush_std(vm);
            fprintf(stderr, "Python %s on linux\n"
                            "Type \"help\", \"copyright\", \"credits\" or \"license\" for more "
                            "information.\n",
                    tpObj_is(vm, v, TYPE_STR) ? AS_STR(v)->data : TP_VERSION);
        }
        const char *su = o->ignore_env ? NULL : getenv("PYTHONSTARTUP");
        if (su != NULL && *su && tpRun_startup(vm, su) < 0) {
            Value exc = tpErr_fetch(vm);
            if (tpType_is_subtype(tpType_of(vm, exc), vm->exc_types[EXC_SystemExit])) {
                vm->exc = exc;
                return -1;
            }
            tpErr_print(vm, exc);
        }
    }
    return tpRun_interactive(vm);
}

int main(int argc, char **argv) {
    Options o;
    int status = parse_options(argc, argv, &o);
    if (status < 0 && o.version) {
        printf(o.version > 1 ? "Python %s (taipan, Jan 1 2024, 00:00:00) [GCC]\n" : "Python %s\n",
               TP_VERSION);
        status = 0;
    }
    VM *vm = NULL;
    if (status < 0 && int_digits_option(&o) < 0) {
        status = 1;
    }
    if (status < 0) {
        apply_env(&o);
        if (o.unbuffered) {
            setvbuf(stdout, NULL, _IONBF, 0);
            setvbuf(stderr, NULL, _IONBF, 0);
        }
        vm = tpVM_new(argc, argv);
    }
    if (vm == NULL) {
        free(o.warn);
        free(o.xopt);
        return status < 0 ? 1 : status;
    }
    vm->prog_name = prog_basename(argv[0]);
    tpSignal_install(vm);
    if (o.int_digits >= 0) {
        vm->int_max_str_digits = o.int_digits;
    }
    int rc = set_flags(vm, &o) < 0 || set_warn_xoptions(vm, &o) < 0 ||
                     (o.unbuffered && tpSys_set_unbuffered(vm) < 0) ? -1 : 0;
    /* _imp, which gives sys & builtins their __spec__, is made on first need (import.c) */
    bool repl = rc == 0 && repl_from_start(&o) && !o.dis;
    if (rc == 0) {
        rc = repl ? run_repl(vm, &o, argc, argv, true) : run_program(vm, &o, argc, argv);
    }
    if (rc == 2 || rc == 3) {
        status = rc == 2 ? 2 : 1;
    } else if (rc < 0) {
        Value exc = tpErr_fetch(vm);
        if (!repl && repl_after(&o)) {
            /* -i: report the error (SystemExit too, as a traceback) and go on with the prompt */
            if (tpType_is_subtype(tpType_of(vm, exc), vm->exc_types[EXC_SystemExit])) {
                tpErr_print(vm, exc);
            } else {
                (void)handle_exception(vm, exc); /* through sys.excepthook */
                died_of_interrupt = false;
            }
            rc = run_repl(vm, &o, argc, argv, false);
            status = rc < 0 ? handle_exception(vm, tpErr_fetch(vm)) : 0;
        } else {
            status = handle_exception(vm, exc);
        }
    } else if (!repl && repl_after(&o)) {
        rc = run_repl(vm, &o, argc, argv, false);
        status = rc < 0 ? handle_exception(vm, tpErr_fetch(vm)) : 0;
    } else {
        status = 0;
    }
    tpGC_finalize_at_exit(vm);  /* __del__ of what is left, as CPython's shutdown (gc.c) */
    if (tpSys_flush_std_at_exit(vm) < 0 && !(status == 130 && died_of_interrupt)) {
        status = 120;   /* CPython's status when flushing sys.stdout/stderr failed at exit */
    }
    tpSignal_uninstall(vm);
#if defined(TP_DEBUG) || defined(__SANITIZE_ADDRESS__)
    tpVM_free(vm);   /* every object freed, so LeakSanitizer can prove nothing leaks */
#else
    (void)vm;        /* the process ends here: freeing a large heap object by object is wasted time */
#endif
    free(o.warn);
    free(o.xopt);
    /* as CPython: a program, or a prompt session whose last statement, died of Ctrl-C ends by
     * SIGINT */
    if ((status == 130 && died_of_interrupt) || (status == 0 && tpRepl_had_keyboard_interrupt())) {
        tpSignal_exit_sigint();
    }
    return status;
}
