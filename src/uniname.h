/*
 * uniname.h — reverse lookup of Unicode character names, from the \N{...} table the parser owns
 * (parser_lit.c). Used by the namereplace error handler (str_codec.c).
 */
#ifndef TP_UNINAME_H
#define TP_UNINAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The Unicode name of cp into buf (cap bytes) and true, or false when the table does not know it
 * (it holds a few hundred common characters and the CJK unified ideographs). */
bool tpUni_name_of(uint32_t cp, char *buf, size_t cap);

/* Same for the common blocks listed in uniname_table.c. */
bool tpUni_block_name(uint32_t cp, char *buf, size_t cap);

/* The code point named s[0..n) (case-insensitive), or -1 when the table does not know it. */
int tpUni_lookup_name(const char *s, size_t n);

#endif
