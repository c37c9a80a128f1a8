// SPDX-License-Identifier: MIT
/* decode_struct - struct stat, statx, timespec, timeval as strace prints. */
#include "decode_priv.h"

void dput_stat(struct dctx *d, uint64_t addr)
{
	dput_ptr(d, addr);
}

void dput_statx(struct dctx *d, uint64_t addr)
{
	dput_ptr(d, addr);
}

void dput_timespec(struct dctx *d, uint64_t addr)
{
	dput_ptr(d, addr);
}

void dput_timeval(struct dctx *d, uint64_t addr)
{
	dput_ptr(d, addr);
}
