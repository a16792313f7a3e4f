/*
 * str_unicode.h — Python's Unicode character predicates and full case mappings (str_unicode.c).
 * utf8proc supplies categories and simple case mappings; small exception tables (generated from
 * CPython 3.11's unicodedata, Unicode 14) correct the places where Python's definitions differ:
 * Other_Lowercase, Numeric_Type, SpecialCasing, XID_Start/XID_Continue, version skew.
 */
#ifndef TP_STR_UNICODE_H
#define TP_STR_UNICODE_H

#include "common.h"

enum {
    UNI_ALPHA, UNI_DECIMAL, UNI_DIGIT, UNI_NUMERIC, UNI_SPACE, UNI_LOWER, UNI_UPPER,
    UNI_TITLE, UNI_PRINTABLE, UNI_XID_START, UNI_XID_CONTINUE, UNI__COUNT
};
enum { UNI_CASE_UPPER, UNI_CASE_LOWER, UNI_CASE_TITLE, UNI_CASE_FOLD };

/* Does code point cp have property prop (UNI_*), in str.isX()'s sense for one character? */
TP_INTERNAL bool tpUni_is(int prop, uint32_t cp);
/* Cased: lowercase, uppercase or titlecase. */
TP_INTERNAL bool tpUni_cased(uint32_t cp);
/* Case_Ignorable (approximation from the general category), for the final-sigma rule. */
TP_INTERNAL bool tpUni_case_ignorable(uint32_t cp);
/* Full case mapping `kind` (UNI_CASE_*) of cp into out (room for 3); returns the count (1..3). */
TP_INTERNAL int tpUni_map(int kind, uint32_t cp, uint32_t out[3]);
/* Decimal digit value of cp (category Nd), or -1. */
TP_INTERNAL int tpUni_decimal(uint32_t cp);
/* Is cp alphanumeric in str.isalnum()'s sense? */
static inline bool tpUni_isalnum(uint32_t cp) {
    return tpUni_is(UNI_ALPHA, cp) || tpUni_is(UNI_NUMERIC, cp);
}

#endif
