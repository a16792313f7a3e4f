/*
 * suggest.h — "Did you mean" suggestions for uncaught NameError/AttributeError (suggest.c).
 */
#ifndef TP_SUGGEST_H
#define TP_SUGGEST_H

#include "value.h"

typedef struct VM VM;
typedef struct ObjStr ObjStr;

/* The name to suggest for exception `exc`, or NULL (also on any error, which is cleared). May
 * run Python code (the object's __dir__, attribute getters). */
TP_INTERNAL ObjStr *tpSuggest_for(VM *vm, Value exc);

#endif
