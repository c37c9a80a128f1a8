// SPDX-License-Identifier: MIT
/* decode_siginfo - a signal's siginfo_t as strace prints it. */
#include "decode.h"

void decode_siginfo(struct strbuf *out, const siginfo_t *si,
		    const struct decode_opts *o)
{
	(void)o;
	strbuf_printf(out, "{si_signo=%d}", si->si_signo);
}
