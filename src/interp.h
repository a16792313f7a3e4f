/*
 * interp.h — cross-file API of the "interpreter services" area: builtins, sys, exception objects,
 * modules, descriptors, text streams, import and running source (mod_builtins*.c, mod_sys.c,
 * obj_exc.c, obj_module.c, obj_misc.c, obj_descr.c, import.c, run.c).
 * Everything here is in addition to what runtime.h declares.
 */
#ifndef TP_INTERP_H
#define TP_INTERP_H

#include "runtime.h"

/* ---- obj_misc.c ---- */
/* A read-only mappingproxy over `mapping` (type.__dict__). NULL_VAL on MemoryError. */
TP_INTERNAL Value tpMappingProxy_new(VM *vm, Value mapping);

/* ---- obj_module.c ---- */
/* Mark a module as built-in (repr "<module 'x' (built-in)>"). */
TP_INTERNAL void tpModule_set_builtin(ObjModule *m);
/* The module's __name__ as a C string ("?" if unset or not a str). */
TP_INTERNAL const char *tpModule_name(VM *vm, ObjModule *m);

/* ---- obj_exc.c ---- */
/* Give ExceptionGroup its bases (BaseExceptionGroup, Exception); called by tpBuiltins_init. The
 * per-class attributes (StopIteration.value, OSError.errno, SyntaxError.msg...) and methods
 * (ExceptionGroup.split...) come with the class dicts: tpExc_fill_dict_extras. */
TP_INTERNAL TP_MUST_CHECK int tpExc_setup_classes(VM *vm);
/* The getsets/methods a built-in exception class adds to its dict as it is made (type.c). */
TP_INTERNAL TP_MUST_CHECK int tpExc_fill_dict_extras(VM *vm, ObjType *t);
/* StopIteration.value / SystemExit.code of an exception instance of that class (None if unset). */
TP_INTERNAL Value tpExc_stop_value(VM *vm, Value exc);
TP_INTERNAL Value tpExc_exit_code(VM *vm, Value exc);
/* ExceptionGroup.split(matcher): *match and *rest become groups or None. matcher is an exception
 * class, a tuple of classes or a predicate (as except* needs it). */
TP_INTERNAL TP_MUST_CHECK int tpExcGroup_split(VM *vm, Value eg, Value matcher, Value *match,
                                               Value *rest);
/* Is v an instance of BaseExceptionGroup? */
TP_INTERNAL bool tpExcGroup_check(VM *vm, Value v);
/* Create exception group `type`(msg, excs) from a list of exceptions (for except* re-raise). */
TP_INTERNAL TP_MUST_CHECK int tpExcGroup_new(VM *vm, Value msg, Value excs, Value *out);
/* Record AttributeError.name/.obj (NameError.name) on the pending exception, if it is one
 * (3.11's "Did you mean" suggestions need them). Never raises. */
/* Record AttributeError.name/.obj on the pending exception if it is an AttributeError whose
 * name and obj are both still unset (every failed attribute read does this, as CPython 3.11). */
TP_INTERNAL void tpExc_set_attribute_info(VM *vm, Value obj, ObjStr *name);
TP_INTERNAL void tpExc_set_name_info(VM *vm, ObjStr *name);
/* ImportError.name/.path of the pending exception. */
TP_INTERNAL void tpExc_set_import_info(VM *vm, Value name, Value path);

/* ---- io_std.c ---- */
/* sys.stdin/stdout/stderr (None for a descriptor that is not open); unbuffered: -u. */
TP_INTERNAL TP_MUST_CHECK int tpIO_std_streams(VM *vm, bool unbuffered, Value out[3]);
/* Is v an _io.TextIOWrapper (exactly)? */
TP_INTERNAL bool tpIO_is_text(VM *vm, Value v);
/* Call stream.flush(), swallowing errors (None / NULL_VAL ignored). */
TP_INTERNAL void tpTextIO_flush_value(VM *vm, Value stream);
/* Write UTF-8 text to a stream: straight into a TextIOWrapper's buffer when possible, else
 * through stream.write(str). */
TP_INTERNAL TP_MUST_CHECK int tpTextIO_write_raw(VM *vm, Value stream, const char *s, size_t n);

/* ---- mod_sys.c ---- */
/* -u given: make sys.stdout / sys.stderr (and their __dunder__ twins) write-through. */
TP_INTERNAL TP_MUST_CHECK int tpSys_set_unbuffered(VM *vm);
/* Flush sys.stdout and sys.stderr (at exit, before reading stdin). Never raises. */
TP_INTERNAL void tpSys_flush_std(VM *vm);
/* At exit, as CPython's finalisation: flush sys.stdout (a failure is reported as "Exception
 * ignored in: <stream>" plus the exception) and sys.stderr (silently), unless None or closed,
 * then the original streams silently. -1 if either flush failed (the exit status becomes 120). */
TP_INTERNAL int tpSys_flush_std_at_exit(VM *vm);
/* Look an attribute of the sys module up (NULL_VAL if missing). Never raises. */
TP_INTERNAL Value tpSys_get(VM *vm, const char *name);
/* Report an exception that cannot be raised (a failing __del__, close at collection...) through
 * sys.unraisablehook, or its default printing when sys.unraisablehook is missing or None; an error
 * in the hook itself is printed. err_msg NULL means "Exception ignored in". Never raises. */
TP_INTERNAL void tpSys_unraisable(VM *vm, Value exc, const char *err_msg, Value obj);
/* builtins.breakpoint(*args, **kws): calls sys.breakpointhook (mod_sys.c). */
TP_INTERNAL int tpSys_breakpoint(VM *vm, int argc, Value *argv, ObjTuple *kwnames, Value *out);
/* Set sys.argv/sys.path[0] etc. for running `script` ("-c" for -c, NULL for none). */
TP_INTERNAL TP_MUST_CHECK int tpSys_set_argv(VM *vm, int argc, char **argv, const char *path0);
/* Rebuild sys.path (same list object): path0 (if not NULL), PYTHONPATH's entries (if use_env;
 * made absolute, repeats dropped if dedupe), then the embedded standard library TP_LIB_PREFIX. */
TP_INTERNAL TP_MUST_CHECK int tpSys_setup_path(VM *vm, const char *path0, bool use_env,
                                               bool dedupe);
/* Replace sys.flags with a copy where the named fields have the given values. */
TP_INTERNAL TP_MUST_CHECK int tpSys_set_flags(VM *vm, int n, const char *const *names,
                                              const int *values);

/* ---- mod_builtins.c ---- */
/* locals() of the running frame as a mapping (a fresh dict for function frames). */
TP_INTERNAL TP_MUST_CHECK int tpBuiltins_locals(VM *vm, Value *out);
/* The globals dict of the running frame (the __main__ dict when no frame runs). */
TP_INTERNAL ObjDict *tpBuiltins_globals(VM *vm);

/* ---- import.c ---- */
/* A built-in module: name + init function creating it (registry table in import.c). */
typedef int (*ModuleInitFn)(VM *vm, Value *module_out);
typedef struct BuiltinModuleDef {
    const char *name;
    ModuleInitFn init;
} BuiltinModuleDef;
/* The table of built-in modules (modules.def), for sys.builtin_module_names. */
TP_INTERNAL const BuiltinModuleDef *tpImport_builtin_table(int *n);
/* Is this module still running its top-level code (circular-import diagnostics)? */
TP_INTERNAL bool tpImport_initializing(VM *vm, Value module);
/* Create _imp (specs of sys/builtins, sys.meta_path's finders) if not yet done. */
TP_INTERNAL TP_MUST_CHECK int tpImport_ensure_imp(VM *vm);
/* Create sys's struct sequences (version_info, flags, ...) if not yet done. */
TP_INTERNAL TP_MUST_CHECK int tpSys_ensure_extras(VM *vm);

/* The pure-Python standard library compiled into the binary (lib/ → build/<variant>/lib_embed.c,
 * generated by tools/embed.c). Its modules live under the virtual directory TP_LIB_PREFIX, which
 * is the last entry of sys.path; their __file__ is TP_LIB_PREFIX "/" path. */
#define TP_LIB_PREFIX "<taipan>/lib"
typedef struct EmbeddedModule {
    const char *name;     /* dotted module name */
    int is_package;       /* from a __init__.py */
    const char *path;     /* below lib/: "importlib/__init__.py" */
    const char *source;   /* NUL-terminated file contents */
    size_t size;
} EmbeddedModule;
extern const EmbeddedModule tpEmbedded_modules[]; /* sorted by name, NULL-terminated */
extern const size_t tpEmbedded_count;
/* The embedded module called `name`, or NULL. */
TP_INTERNAL const EmbeddedModule *tpImport_find_embedded(const char *name);
/* The source of an embedded file given its __file__ ("<taipan>/lib/x.py"), or NULL. */
TP_INTERNAL const char *tpImport_embedded_source(const char *file, size_t *len);

/* Where a module was found, without running it. */
enum { LOC_NONE, LOC_FILE, LOC_EMBEDDED, LOC_NAMESPACE };
typedef struct ImportLocation {
    int kind;             /* LOC_* */
    bool is_package;
    char file[4200];      /* the source file (the package's __init__.py) */
    char pkgdir[4200];    /* for packages: the directory (its __path__ entry) */
    const char *source;   /* LOC_EMBEDDED: the text */
    size_t size;
    ObjList *ns_dirs;     /* LOC_NAMESPACE: the portions */
} ImportLocation;
/* Find module `name` (dotted; its parents are imported first). Returns 1 found (*loc), 2 a
 * built-in C module, 0 not found, -1 error (e.g. a parent that is no package). */
TP_INTERNAL TP_MUST_CHECK int tpImport_find(VM *vm, ObjStr *name, ImportLocation *loc);
/* A ModuleSpec for a found module. */
TP_INTERNAL TP_MUST_CHECK int tpImport_spec_for(VM *vm, ObjStr *name, const ImportLocation *loc,
                                                Value *out);
/* Set __spec__, __loader__, __file__, __path__, __package__... of a new module from its spec. */
TP_INTERNAL TP_MUST_CHECK int tpImport_init_module_attrs(VM *vm, ObjModule *m, ObjStr *name,
                                                         const ImportLocation *loc, Value spec);
/* The text of a found module: borrowed (embedded) or malloc'd into *owned (caller frees).
 * NULL with ImportError set if unreadable. */
TP_INTERNAL const char *tpImport_location_source(VM *vm, const ImportLocation *loc, size_t *len,
                                                 char **owned);
/* import_meta.c: import `name` through a sys.meta_path finder object (find_spec(name, path,
 * None), then the spec's loader). 1 loaded (*out), 0 the finder has no spec, -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpImport_from_finder(VM *vm, Value finder, ObjStr *name, Value path,
                                                   Value *out);
/* The path entry finder sys.path_hooks give for a sys.path entry (cached in
 * sys.path_importer_cache), None if no hook takes it; and importing through one
 * (find_spec(name, None)): 1 loaded, 0 not there, -1 error. */
TP_INTERNAL TP_MUST_CHECK int tpImport_entry_finder(VM *vm, Value entry, Value *finder);
TP_INTERNAL TP_MUST_CHECK int tpImport_from_entry_finder(VM *vm, Value finder, ObjStr *name,
                                                         Value *out);

/* ---- run.c ---- */
/* Run a file as __main__ / run -c code. Returns 0, or -1 with the exception pending. */
TP_INTERNAL TP_MUST_CHECK int tpRun_file(VM *vm, const char *path, const char *src, size_t len);
TP_INTERNAL TP_MUST_CHECK int tpRun_string(VM *vm, const char *src, const char *filename);
/* Run module `modname` as __main__ (python -m, or "__main__" for a directory): sys.argv[0]
 * becomes its file if alter_argv; a package runs its __main__ submodule. Failures are CPython's
 * SystemExit("<executable>: No module named x"). */
TP_INTERNAL TP_MUST_CHECK int tpRun_module(VM *vm, const char *modname, bool alter_argv);
/* Run the PYTHONSTARTUP file in __main__ (an unreadable file is ignored). */
TP_INTERNAL TP_MUST_CHECK int tpRun_startup(VM *vm, const char *path);
/* Read statements from stdin and run them in __main__ with the prompts on stderr, as CPython's
 * prompt does when stdin is no terminal. 0 at EOF; -1 with SystemExit pending. */
TP_INTERNAL TP_MUST_CHECK int tpRun_interactive(VM *vm);
/* Read a whole file into malloc'd memory (NUL-terminated); NULL + errno on failure. */
TP_INTERNAL char *tpRun_read_file(const char *path, size_t *len);

/* run.c: a file without a coding declaration must be valid UTF-8 (CPython's "Non-UTF-8 code
 * starting with ..." SyntaxError). */
TP_INTERNAL TP_MUST_CHECK int tpRun_check_utf8_file(VM *vm, const char *src, size_t len,
                                                    const char *path);

#endif
