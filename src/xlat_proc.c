// SPDX-License-Identifier: MIT
/* stub */
#include "xlat.h"

const struct xlat xlat_clone_flags[] = { XLAT_END };
const struct xlat xlat_wait_options[] = { XLAT_END };
const struct xlat xlat_sigprocmask_how[] = { XLAT_END };
const struct xlat xlat_sa_flags[] = { XLAT_END };
const struct xlat xlat_si_codes[] = { XLAT_END };
const struct xlat xlat_cld_codes[] = { XLAT_END };
const struct xlat xlat_segv_codes[] = { XLAT_END };
const struct xlat xlat_arch_prctl[] = { XLAT_END };
const struct xlat xlat_prctl_options[] = { XLAT_END };
const struct xlat xlat_rlimit_resources[] = { XLAT_END };
const struct xlat xlat_futex_ops[] = { XLAT_END };
const struct xlat xlat_futex_op_flags[] = { XLAT_END };
const struct xlat xlat_clockids[] = { XLAT_END };
const struct xlat xlat_timer_flags[] = { XLAT_END };
const struct xlat xlat_rseq_flags[] = { XLAT_END };
const struct xlat xlat_personality[] = { XLAT_END };
