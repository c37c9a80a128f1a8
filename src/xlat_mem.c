// SPDX-License-Identifier: MIT
/* stub */
#include "xlat.h"

const struct xlat xlat_mmap_prot[] = { XLAT_END };
const struct xlat xlat_mmap_flags[] = { XLAT_END };
const struct xlat xlat_madvise[] = { XLAT_END };
const struct xlat xlat_mremap_flags[] = { XLAT_END };
