/*
 * str_format.h — extra entry points of the format mini-language parser (obj_str_format.c) for the
 * __format__ implementations of other types (int, float, complex...). runtime.h has the basic
 * tpFormat_parse; this one knows the object's type name and default presentation type so that
 * every parse error message matches CPython 3.11 exactly, and reports the 'z' flag.
 *
 * Parsing conventions (both functions):
 * - fill/align are as written (align 0 when absent); when the '0' flag is given without an
 *   explicit fill character, fill becomes '0' (zero stays true): a numeric formatter then uses
 *   '=' alignment if align is 0, a string formatter pads with '0' on the default side.
 * - width / precision are -1 when absent; type is 0 when absent.
 */
#ifndef TP_STR_FORMAT_H
#define TP_STR_FORMAT_H

#include "runtime.h"

/* tname: type name for "Invalid format specifier '...' for object of type 'T'";
 * deftype: the presentation type used when none is given ('s' for str, 'd' for int, 0 for float),
 * which decides whether ',' / '_' are allowed; *z (may be NULL) receives the 'z' flag. */
TP_INTERNAL TP_MUST_CHECK int tpFormat_parse_ex(VM *vm, ObjStr *spec, const char *tname,
                                                char deftype, FormatSpec *out, bool *z);

#endif
