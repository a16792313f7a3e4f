/*
 * obj_exc.h — private interface between obj_exc.c (exception objects) and obj_excgroup.c
 * (exception groups): the class families and the meaning of the extra slots.
 */
#ifndef TP_OBJ_EXC_H
#define TP_OBJ_EXC_H

#include "interp.h"

/* class families (tpExc_kind) */
enum {
    EK_BASE, EK_STOP, EK_EXIT, EK_IMPORT, EK_NAME, EK_ATTR, EK_OS, EK_SYNTAX,
    EK_UDECODE, EK_UENCODE, EK_UTRANSLATE, EK_GROUP, EK_KEY
};

/* extra slot indices per family */
enum {
    XS_VALUE = 0,                     /* StopIteration */
    XS_CODE = 0,                      /* SystemExit */
    XS_IMP_MSG = 0, XS_IMP_NAME = 1, XS_IMP_PATH = 2,
    XS_NAME = 0, XS_ATTR_OBJ = 1,     /* NameError / AttributeError */
    XS_OS_ERRNO = 0, XS_OS_STRERROR = 1, XS_OS_FILENAME = 2, XS_OS_FILENAME2 = 3,
    XS_OS_WRITTEN = 4,
    XS_SYN_MSG = 0, XS_SYN_FILENAME = 1, XS_SYN_LINENO = 2, XS_SYN_OFFSET = 3, XS_SYN_TEXT = 4,
    XS_SYN_END_LINENO = 5, XS_SYN_END_OFFSET = 6, XS_SYN_PRINT = 7,
    XS_UNI_ENCODING = 0, XS_UNI_OBJECT = 1, XS_UNI_START = 2, XS_UNI_END = 3, XS_UNI_REASON = 4,
    XS_GROUP_MSG = 0, XS_GROUP_EXCS = 1,
};

TP_INTERNAL int tpExc_kind(VM *vm, ObjType *type);
/* a fresh instance with empty args and unset extras */
TP_INTERNAL ObjException *tpExc_alloc(VM *vm, ObjType *type);
/* the extra slots of an exception instance */
TP_INTERNAL Value *tpExc_extra(Value exc);
TP_INTERNAL TP_MUST_CHECK int tpExc_add_methods(VM *vm, ObjType *type, const MethodDef *defs);

/* obj_excgroup.c */
TP_INTERNAL TP_MUST_CHECK int tpExcGroup_new_slot(VM *vm, ObjType *type, int argc, Value *argv,
                                                  ObjTuple *kwnames, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpExcGroup_str(VM *vm, Value self, Value *out);
TP_INTERNAL TP_MUST_CHECK int tpExcGroup_setup(VM *vm);

#endif
