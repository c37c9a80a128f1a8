/* SPDX-License-Identifier: MIT */
/*
 * summary - strace -c: calls, errors and time per syscall, and the table.
 * Never decodes arguments; fed by the main loop at each syscall exit.
 */
#ifndef MYTRACE_SUMMARY_H
#define MYTRACE_SUMMARY_H

#include <stdint.h>
#include <stdio.h>

struct summary;

struct summary *summary_new(void);
void summary_free(struct summary *s);
/* One completed call of @nr that took @dur_ns; @failed when it
 * returned an error. */
void summary_add(struct summary *s, long nr, uint64_t dur_ns, int failed);
/*
 * strace's table: "% time     seconds  usecs/call     calls    errors
 * syscall", sorted by time (equal times in syscall number order, as
 * strace shows them), a "total" line; nothing when no call was counted.
 */
void summary_print(const struct summary *s, FILE *out);

#endif
