/*
 * tb_anchors.h — secondary ranges of traceback markers (tb_anchors.c), as byte offsets into
 * `segment` (the source text of the failing expression): the `^` part is [left, right).
 * Returns 1 when the segment is a binary operation or subscript, 0 otherwise.
 */
#ifndef TP_TB_ANCHORS_H
#define TP_TB_ANCHORS_H

#include <stddef.h>

int tpTb_anchors(const char *segment, size_t len, int *left, int *right);

#endif
