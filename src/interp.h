/*
 * interp.h — cross-file API of the "interpreter services" area: builtins, sys, exception objects,
 * modules, descriptors, text streams, import and running source (mod_builtins*.c, mod_sys.c,
 * obj_exc.c, obj_module.c, obj_misc.c, obj_descr.c, obj_textio.c, import.c, run.c).
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
/* Attach the per-class attributes (StopIteration.value, OSError.errno, SyntaxError.msg...) and
 * methods (ExceptionGroup.split...) to the exception classes; called by tpBuiltins_init. */
TP_INTERNAL TP_MUST_CHECK int tpExc_setup_classes(VM *vm);
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
TP_INTERNAL TP_MUST_CHECK int tpExcGroup_new(VM *vm, Value msg, ObjList *excs, Value *out);
/* Record AttributeError.name/.obj (NameError.name) on the pending exception, if it is one
 * (3.11's "Did you mean" suggestions need them). Never raises. */
TP_INTERNAL void tpExc_set_attribute_info(VM *vm, Value obj, ObjStr *name);
TP_INTERNAL void tpExc_set_name_info(VM *vm, ObjStr *name);
/* ImportError.name/.path of the pending exception. */
TP_INTERNAL void tpExc_set_import_info(VM *vm, Value name, Value path);

/* ---- obj_textio.c ---- */
/* A text stream over fp (not closed by taipan for fd 0/1/2). NULL_VAL on MemoryError. */
TP_INTERNAL Value tpTextIO_new(VM *vm, FILE *fp, const char *name, int fd);
/* Flush a stream if it is an ObjTextIO (or call .flush() otherwise; errors are swallowed). */
TP_INTERNAL void tpTextIO_flush_value(VM *vm, Value stream);
/* Write bytes to an ObjTextIO (the caller checked the type). */
TP_INTERNAL TP_MUST_CHECK int tpTextIO_write_raw(VM *vm, Value stream, const char *s, size_t n);

/* ---- mod_sys.c ---- */
/* Flush sys.stdout and sys.stderr (at exit, before reading stdin). Never raises. */
TP_INTERNAL void tpSys_flush_std(VM *vm);
/* Look an attribute of the sys module up (NULL_VAL if missing). Never raises. */
TP_INTERNAL Value tpSys_get(VM *vm, const char *name);
/* Set sys.argv/sys.path[0] etc. for running `script` ("-c" for -c, NULL for none). */
TP_INTERNAL TP_MUST_CHECK int tpSys_set_argv(VM *vm, int argc, char **argv, const char *path0);

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

/* ---- run.c ---- */
/* Run a file as __main__ / run -c code. Returns 0, or -1 with the exception pending. */
TP_INTERNAL TP_MUST_CHECK int tpRun_file(VM *vm, const char *path, const char *src, size_t len);
TP_INTERNAL TP_MUST_CHECK int tpRun_string(VM *vm, const char *src, const char *filename);
/* Read a whole file into malloc'd memory (NUL-terminated); NULL + errno on failure. */
TP_INTERNAL char *tpRun_read_file(const char *path, size_t *len);

/* run.c: a file without a coding declaration must be valid UTF-8 (CPython's "Non-UTF-8 code
 * starting with ..." SyntaxError). */
TP_INTERNAL TP_MUST_CHECK int tpRun_check_utf8_file(VM *vm, const char *src, size_t len,
                                                    const char *path);

#endif
