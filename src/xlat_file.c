// SPDX-License-Identifier: MIT
/* stub */
#include "xlat.h"

const struct xlat xlat_open_access[] = { XLAT_END };
const struct xlat xlat_open_flags[] = { XLAT_END };
const struct xlat xlat_at_flags[] = { XLAT_END };
const struct xlat xlat_access_modes[] = { XLAT_END };
const struct xlat xlat_statx_mask[] = { XLAT_END };
const struct xlat xlat_statx_attrs[] = { XLAT_END };
const struct xlat xlat_mode_type[] = { XLAT_END };
const struct xlat xlat_lseek_whence[] = { XLAT_END };
const struct xlat xlat_fcntl_cmds[] = { XLAT_END };
const struct xlat xlat_fd_flags[] = { XLAT_END };
const struct xlat xlat_ioctl_cmds[] = { XLAT_END };
const struct xlat xlat_getrandom_flags[] = { XLAT_END };
const struct xlat xlat_dirent_types[] = { XLAT_END };
const struct xlat xlat_pipe_flags[] = { XLAT_END };
const struct xlat xlat_eventfd_flags[] = { XLAT_END };
const struct xlat xlat_memfd_flags[] = { XLAT_END };
const struct xlat xlat_renameat2_flags[] = { XLAT_END };
const struct xlat xlat_unlinkat_flags[] = { XLAT_END };
const struct xlat xlat_umount_flags[] = { XLAT_END };
