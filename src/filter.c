/* SPDX-License-Identifier: MIT */
/* filter - stub, being written. */
#include <string.h>

#include "filter.h"

void filter_init(struct filter *f) { memset(f, 0xff, sizeof(*f)); }
int filter_parse(struct filter *f, const char *arg, char *err, size_t errlen)
{ (void)f; (void)arg; (void)err; (void)errlen; return -1; }
int filter_parse_syscalls(struct sysset *set, const char *spec, char *err,
			  size_t errlen)
{ (void)set; (void)spec; (void)err; (void)errlen; return -1; }
